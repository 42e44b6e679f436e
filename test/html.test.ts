// --format html: one self-contained page, checked as a browser renders it (headless Chromium).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, runCheck, tempDir } from './helpers.js';

const TYPO = fixture('sample-2024-typo.xlsx');
const SEED = [fixture('sample-2024.xlsx'), '--prior', fixture('sample-2023.xlsx'), '--narrative', fixture('narratives/seed-2024.txt')];

async function page(args: string[]): Promise<{ file: string; html: string; code: number }> {
  const file = join(tempDir(), 'report.html');
  const r = await runCheck([...args, '--format', 'html', '--output', file]);
  return { file, html: readFileSync(file, 'utf8'), code: r.code };
}

const chromium = ['chromium', 'chromium-browser'].find((c) => spawnSync('which', [c]).status === 0);

/** The page's DOM after Chromium has loaded it and run its script. */
function dumpDom(file: string): string {
  const r = spawnSync(
    chromium!,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${tempDir()}`, '--dump-dom', pathToFileURL(file).href],
    { encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 },
  );
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** The opening tag of the element with this attribute, as the page has it. */
function tagWith(html: string, attr: string): string | undefined {
  return new RegExp(`<[a-z]+ [^>]*${attr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^>]*>`).exec(html)?.[0];
}

describe('the page', () => {
  it('is self-contained: nothing is fetched from anywhere, no script but its own', async () => {
    const { html, code } = await page(SEED);
    expect(code).toBe(1);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<link\b|<script[^>]+src=|<img[^>]+src="(?!data:)|url\((?!data:)|@import|https?:\/\//i);
    expect(html).toContain("default-src 'none'");
  });

  it('marks the culprit of the typo fixture most strongly, the relations’ other cells lightly', async () => {
    const { html } = await page([TYPO]);
    expect(tagWith(html, 'data-cell="公开05表!D10"')).toMatch(/class="[^"]*\bculprit\b/);
    expect(tagWith(html, 'data-cell="公开05表!C10"')).toMatch(/class="m-error/);
    expect(tagWith(html, 'data-cell="公开05表!E10"')).toMatch(/class="involved/);
    // the group leads the file, and names the cell
    const file = html.slice(html.indexOf('<section class="file"'));
    expect(file.indexOf('最可能错在 公开05表 D10（填写 386.55，按所在行与所在列都应为 396.55）')).toBeLessThan(file.indexOf('<details'));
  });

  it('an attached table is drawn as a table, its wrong cell marked with the message', async () => {
    const { readWorkbook } = await import('../src/read/workbook.js');
    const t05 = (await readWorkbook(fixture('sample-2024.xlsx'))).model!.tables.find((t) => t.key === 'T05')!;
    const rows = t05.rows.map((r) => `| ${r.code ?? ''} | ${r.code ? r.name : '合计'} | ${r.amounts.total!.shown} | ${r.code === '2010301' ? '386.55' : r.amounts.basic!.shown} | ${r.amounts.project!.shown} |`);
    const text = join(tempDir(), '决算说明.txt');
    writeFileSync(text, ['第五部分 附表', '2024年度一般公共预算财政拨款支出决算表', '单位：万元', '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |', ...rows].join('\n') + '\n');
    const { html } = await page([fixture('sample-2024.xlsx'), '--narrative', text]);
    const cell = /<td id="b\d+-\d+" class="m-error" title="([^"]*)">386\.55<\/td>/.exec(html);
    expect(cell?.[1]).toContain('公开05表 D10 为 396.55');
  });

  it('a batch has an index of its files with their counts', async () => {
    const dir = tempDir();
    copyFileSync(fixture('sample-2024.xlsx'), join(dir, 'a.xlsx'));
    copyFileSync(TYPO, join(dir, 'b.xlsx'));
    const { html } = await page([dir]);
    const index = html.slice(html.indexOf('<nav id="index">'), html.indexOf('</nav>'));
    expect(index).toMatch(/href="#file-0">[^<]*a\.xlsx<\/a><\/td><td class="n ">0<\/td>/);
    expect(index).toMatch(/href="#file-1">[^<]*b\.xlsx<\/a><\/td><td class="n count-error">2<\/td>/);
    expect(html).toContain('id="file-1"');
  });
});

it('a browser is on this machine where one is required (.ci/run installs Chromium)', () => {
  if (process.env.FA_REQUIRE_BROWSER) expect(chromium, 'chromium is not installed').toBeDefined();
});

describe.runIf(chromium)('in a real browser (headless Chromium)', () => {
  it('the typo fixture: the culprit cell 公开05表 D10 is marked, the page’s script ran', async () => {
    const { file } = await page([TYPO]);
    const dom = dumpDom(file);
    expect(Number(/<html[^>]* data-marked="(\d+)"/.exec(dom)?.[1])).toBeGreaterThan(2);
    expect(tagWith(dom, 'data-cell="公开05表!D10"')).toMatch(/class="[^"]*\bculprit\b/);
  }, 90000);

  it('the seed narrative: the 63.62% sentence is highlighted in place, its message beside it', async () => {
    const { file } = await page(SEED);
    const dom = dumpDom(file);
    const mark = /<mark class="m-error"[^>]*>([^<]*63\.62%[^<]*)<\/mark>/.exec(dom);
    expect(mark?.[1]).toContain('一般公共服务支出515.61万元，占决算总收入的63.62%');
    const after = dom.slice(mark!.index);
    expect(after.slice(0, after.indexOf('</div>'))).toMatch(/占比 63\.62% 与 515\.61 ÷ 817\.16（决算总收入）= 63\.10% 不符/);
  }, 90000);
});
