// The text report as an accountant reads it: lines that fit, figures as the table shows them,
// the rounding bound explained once, and for a batch the files with errors at the end.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as en from '../src/report/messages/en.js';
import { columns, wrap } from '../src/report/wrap.js';
import { fixture, runCheck, tempDir, variant } from './helpers.js';

const SEED = fixture('narratives/seed-2024.txt');
const RUNS = [
  [fixture('sample-2024-typo.xlsx')],
  [fixture('sample-2024.xlsx'), '--prior', fixture('sample-2023.xlsx'), '--narrative', SEED],
  [fixture('shanghai-style-2024.xlsx'), '--verbose'],
  [SEED, '--lang', 'en'],
];

describe('lines fit', () => {
  it('every line fits 120 columns (a Chinese character takes two)', async () => {
    for (const args of RUNS) {
      const out = (await runCheck([...args, '--no-color'])).stdout;
      for (const line of out.split('\n')) expect(columns(line), line).toBeLessThanOrEqual(120);
    }
  });

  it('on a narrower terminal they wrap at its width, continuation lines indented under the text', async () => {
    const r = await runCheck([fixture('sample-2024-typo.xlsx'), '--no-color'], { FORCE_COLOR: '0' }, undefined, true);
    expect(r.stdout.split('\n').some((l) => columns(l) > 80)).toBe(true);
    const { main } = await import('../src/cli/check.js');
    let out = '';
    await main([fixture('sample-2024-typo.xlsx'), '--no-color'], { stdout: (t) => (out += t), stderr: () => {}, stdoutTTY: true, stderrTTY: false, columns: 80, env: {}, cwd: process.cwd() });
    const lines = out.split('\n');
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(80);
    // the wrapped member of the culprit group continues under its own text, not at the margin
    const i = lines.findIndex((l) => l.includes('· 公开05表 D9'));
    expect(lines[i + 1]).toMatch(/^ {12}\S/);
  });

  it('wrap: no line starts with a closing mark; a long token is cut', () => {
    const lines = wrap('一二三四五六七八九，十', 18);
    expect(lines.every((l) => !/^[，。）]/.test(l.trim()))).toBe(true);
    expect(lines.join('')).toBe('一二三四五六七八九，十');
    expect(wrap('x'.repeat(25), 10, 2)).toEqual(['x'.repeat(10), '  ' + 'x'.repeat(8), '  ' + 'x'.repeat(7)]);
  });
});

describe('figures', () => {
  it('a computed figure is in the decimals of the relation, not of a total shown with fewer', async () => {
    // the row total typed as text with one decimal; its parts, at two, add to 396.55
    const file = await variant('sample-2024.xlsx', { 公开05表: { C10: '396.5' } });
    const out = (await runCheck([file, '--no-color', '--verbose'])).stdout;
    expect(out).toMatch(/C10「行政运行」合计 396\.5 与按组成项算出的 396\.55 不符（相差 0\.05）/);
  });

  it('a blank is written 空白, never as nothing', async () => {
    const file = await variant('sample-2024.xlsx', { 公开02表: { C7: null } });
    const out = (await runCheck([file, '--no-color'])).stdout;
    expect(out).toMatch(/空白/);
    expect(out).not.toMatch(/C7 {2}/);
  });

  it('the rounding bound is explained once, in the legend, not in each line', async () => {
    const out = (await runCheck([fixture('sample-2024-typo.xlsx'), '--no-color', '--verbose'])).stdout;
    expect(out).not.toMatch(/容许界|加数/);
    expect(out.match(/^说明：/gm)).toHaveLength(1);
  });
});

describe('a batch', () => {
  it('ends with the files that have errors and their counts, the most first', async () => {
    const dir = tempDir();
    copyFileSync(fixture('sample-2024.xlsx'), join(dir, 'a-clean.xlsx'));
    copyFileSync(fixture('sample-2024-typo.xlsx'), join(dir, 'b-typo.xlsx'));
    copyFileSync(await variant('sample-2024.xlsx', { 公开05表: { D10: 386.55 }, 公开07表: { G8: 27.12 } }), join(dir, 'c-two.xlsx'));
    const out = (await runCheck([dir, '--no-color'])).stdout;
    const tail = out.slice(out.lastIndexOf('有错误的文件'));
    expect(tail).toMatch(/^有错误的文件（2 个，共检查 3 个）/);
    const rows = tail.split('\n').filter((l) => /\.xlsx$/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/))).toEqual([
      ['3', '0', join(dir, 'c-two.xlsx')],
      ['2', '0', join(dir, 'b-typo.xlsx')],
    ]);
  });
});

describe('English', () => {
  it('the catalogue’s own words use no Chinese punctuation; lists join with ", "', async () => {
    const CJK_PUNCT = /[，。、：；！？「」『』（）【】]/;
    const strip = (t: string) => t.replace(/“[^”]*”/g, '');
    for (const table of [en.SHARED, en.GROUP, en.WORDS, en.CLI]) for (const [k, v] of Object.entries(table)) expect(strip(v), k).not.toMatch(CJK_PUNCT);
    for (const [rule, ids] of Object.entries(en.MESSAGES)) for (const [id, v] of Object.entries(ids)) expect(strip(v), `${rule}.${id}`).not.toMatch(CJK_PUNCT);
    // a list the rules make (the skipped checks of a missing table) is joined the English way
    const file = await variant('sample-2024.xlsx', {}, (wb) => wb.removeWorksheet(wb.getWorksheet('公开09表')!.id));
    const out = (await runCheck([file, '--no-color', '--lang', 'en'])).stdout;
    expect(out).toMatch(/skipped: [\w-]+(, [\w-]+)*|skipped: —/);
    expect(out).not.toMatch(/[a-z]、[a-z]/);
  });
});
