// The commands as an accountant meets them: help and messages in Chinese (English on request),
// every sentence from the catalogue, and fa-init's starting point.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IO } from '../src/cli/io.js';
import { PROFILE_SCHEMA } from '../src/render/profile.js';
import * as en from '../src/report/messages/en.js';
import * as zh from '../src/report/messages/zh.js';
import { checkJson, tempDir, variant } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..');
const run = (bin: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', bin), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FA_LANG: '', ...env } });
const HAN = /\p{Script=Han}/u;

describe('language', () => {
  for (const bin of ['fa-check.js', 'fa-render.js', 'fa-init.js']) {
    it(`${bin} --help is Chinese by default, English with --lang en or FA_LANG=en, never from LANG`, () => {
      const zhHelp = run(bin, ['--help'], { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
      expect(zhHelp.status).toBe(0);
      expect(zhHelp.stdout).toMatch(/^用法：/);
      expect(zhHelp.stdout).toContain('选项：');
      expect(zhHelp.stdout).toContain('示例：');
      for (const en of [run(bin, ['--help', '--lang', 'en']), run(bin, ['--help'], { FA_LANG: 'en' })]) {
        expect(en.status).toBe(0);
        expect(en.stdout).toMatch(/^Usage:/);
        expect(en.stdout).toContain('Examples:');
        // the English help has no Chinese except file names in examples and the narrative's Chinese title
        const lines = en.stdout.split('\n').filter((l) => HAN.test(l) && !/部门决算|决算说明|三公|待补充|\.xlsx/.test(l));
        expect(lines).toEqual([]);
      }
    });
  }

  it('usage errors and reports follow the language', () => {
    const zhErr = run('fa-check.js', ['--bogus']);
    expect(zhErr.status).toBe(2);
    expect(zhErr.stderr).toContain('用法错误');
    const enErr = run('fa-check.js', ['--bogus'], { FA_LANG: 'en' });
    expect(enErr.stderr).toContain('usage error');
    expect(enErr.stderr).not.toMatch(HAN);
    const report = run('fa-check.js', ['fixtures/sample-2024.xlsx'], { FA_LANG: 'en' });
    expect(report.stdout).toMatch(/\d+ errors, \d+ warnings/);
    const out = join(tempDir(), 'gaps.docx');
    const gaps = run('fa-render.js', ['fixtures/sample-2024.xlsx', '-o', out], { FA_LANG: 'en' });
    expect(gaps.status).toBe(0);
    expect(gaps.stderr).toContain("warning: to be supplied: the department's duties (profile: duties)");
    expect(gaps.stderr).toMatch(/wrote .*gaps\.docx \(48 gaps to fill\)/);
    const renderErr = run('fa-render.js', ['fixtures/sample-2024.xlsx', '--lang', 'en']);
    expect(renderErr.status).toBe(2);
    expect(renderErr.stderr).toContain('-o OUT.docx is missing');
  });

  it('English counts agree with their nouns ("1 warning", "2 warnings")', async () => {
    const { fill } = await import('../src/report/say.js');
    const { WORDS } = en as unknown as { WORDS: Record<string, string> };
    expect(fill(WORDS.summary, { errors: 1, warnings: 2, infos: 0, files: 1 })).toBe('1 error, 2 warnings, 0 notes (1 file checked)');
  });

  it('the two catalogues hold the same sentences, with the same placeholders', () => {
    // the names each sentence uses (a language may use one twice: "{n} error{n:1=,*=s}")
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const part of ['CLI', 'SHARED', 'WORDS'] as const) {
      const a = zh[part] as Record<string, string>;
      const b = en[part] as Record<string, string>;
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
      for (const k of Object.keys(a)) expect(placeholders(b[k]), `${part}.${k}`).toEqual(placeholders(a[k]));
    }
    expect(Object.keys(en.MESSAGES).sort()).toEqual(Object.keys(zh.MESSAGES).sort());
    for (const [rule, ids] of Object.entries(zh.MESSAGES)) {
      expect(Object.keys(en.MESSAGES[rule]).sort(), rule).toEqual(Object.keys(ids).sort());
      for (const [id, text] of Object.entries(ids)) expect(placeholders(en.MESSAGES[rule][id]), `${rule}.${id}`).toEqual(placeholders(text));
    }
  });

  it('command-line, config and profile code holds no sentence of its own: they come from the catalogue', () => {
    const files = [...readdirSync(join(ROOT, 'src', 'cli')).map((f) => join('src', 'cli', f)), 'src/config/config.ts', 'src/render/profile.ts', 'src/render/render.ts', 'src/render/pipeline.ts', 'src/report/text.ts', 'src/report/format-message.ts'];
    for (const f of files) {
      const code = readFileSync(join(ROOT, f), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\/\/|\/\*\*|\*)/.test(l))
        .map((l) => l.replace(/\/\/.*$/, '').replace(/'[^']*\.xlsx'/g, "''")); // a file name is not a sentence
      expect(code.filter((l) => HAN.test(l)), f).toEqual([]);
    }
  });
});

describe('fa-init', () => {
  const io = (cwd: string, log: string[] = []): IO => ({ stdout: () => {}, stderr: (t) => log.push(t), stdoutTTY: false, stderrTTY: false, env: {}, cwd });

  it('writes a blank workbook with the nine core tables that fa-check reads with one warning: nothing is filled in', async () => {
    const { main } = await import('../src/cli/init.js');
    const dir = tempDir();
    expect(await main(['部门', '--year', '2025'], io(dir))).toBe(0);
    const book = join(dir, '部门', '部门决算公开表.xlsx');
    const { code, report } = await checkJson([book]);
    expect(code).toBe(0);
    expect(report.files[0].tables.map((t) => t.key)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
    expect(report.files[0].tables[0].title).toBe('2025年度收入支出决算总表');
    // a form with no figures is not a pass: one warning says so, and nothing else is above info
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(['read-workbook-blank']);
  });

  it('the blank workbook is a working form: an income typed in without its total is an error at the total', async () => {
    const { main } = await import('../src/cli/init.js');
    const dir = tempDir();
    await main([], io(dir));
    const book = join(dir, '部门决算公开表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    let at = '';
    const classes: string[] = [];
    wb.getWorksheet('公开01表')!.eachRow((row, r) => {
      if (row.getCell(1).text === '一、一般公共预算财政拨款收入') at = `C${r}`;
      if (/^[一二三四五六七八九十]+、/.test(row.getCell(4).text)) classes.push(row.getCell(4).text);
    });
    expect(at).not.toBe('');
    // the expenditure side lists the standard 功能分类 classes, numbered as the form numbers them
    expect(classes[0]).toBe('一、一般公共服务支出');
    expect(classes).toContain('九、卫生健康支出');
    expect(classes).toContain('十、节能环保支出');
    expect(classes).toContain('十一、城乡社区支出');
    expect(classes.at(-1)).toBe('二十四、债务付息支出');
    const filled = await variant(book, { 公开01表: { [at]: 10 } });
    const { code, report } = await checkJson([filled]);
    expect(code).toBe(1);
    const f = report.findings.find((x) => x.rule === 't01-income-total');
    expect(f?.severity).toBe('error');
    // in the decimals of the relation: the figure typed shows none, the rest are blank
    expect(f?.expected).toBe('10');
  });

  it('writes the commented profile, a config and the templates, and never overwrites', async () => {
    const { main } = await import('../src/cli/init.js');
    const dir = tempDir();
    writeFileSync(join(dir, 'profile.yaml'), 'department: 我的部门\n');
    const log: string[] = [];
    expect(await main([], io(dir, log))).toBe(0);
    expect(readFileSync(join(dir, 'profile.yaml'), 'utf8')).toBe('department: 我的部门\n');
    expect(log.join('')).toContain('已存在，未改动 profile.yaml');
    expect(JSON.parse(readFileSync(join(dir, 'fa-check.config.json'), 'utf8'))).toHaveProperty('rules');
    expect(existsSync(join(dir, 'templates', 'sichuan', 'document.md'))).toBe(true);
    const before = readFileSync(join(dir, '部门决算公开表.xlsx'));
    await main([], io(dir));
    expect(readFileSync(join(dir, '部门决算公开表.xlsx')).equals(before)).toBe(true);
  });

  it('every field of the profile schema is described in templates/README.md', () => {
    const doc = readFileSync(join(ROOT, 'templates', 'README.md'), 'utf8');
    const paths = (schema: { properties?: Record<string, unknown> }, prefix: string): string[] =>
      Object.entries(schema.properties ?? {}).flatMap(([k, v]) => {
        const sub = v as { properties?: Record<string, unknown> };
        return sub.properties ? paths(sub, `${prefix}${k}.`) : [`${prefix}${k}`];
      });
    for (const p of paths(PROFILE_SCHEMA, '')) {
      const last = p.split('.').pop()!;
      // documented either whole (`reasons.total`) or as a suffix of its parent's row (`… / .car`, `amount`)
      expect(doc.includes(`\`${p}\``) || doc.includes(`\`.${last}\``) || doc.includes(`\`${last}\``), p).toBe(true);
    }
  });

  it('the example profile comments every field it sets, in Chinese', () => {
    const lines = readFileSync(join(ROOT, 'fixtures', 'profile-2024.yaml'), 'utf8').split('\n');
    lines.forEach((l, i) => {
      // a key line that starts a block or a mapping has a Chinese comment line right above it
      if (/^\s*[a-z]\w*:/.test(l) && !/^\s*-/.test(l)) {
        const above = lines[i - 1] ?? '';
        expect(/^\s*#/.test(above) && HAN.test(above), `line ${i + 1}: ${l}`).toBe(true);
      }
    });
  });
});
