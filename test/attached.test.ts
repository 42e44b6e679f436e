// The narrative's attached disclosure tables and its charts against the workbooks given with it:
// every one-figure edit of a table cell, or of a chart's current or prior value, is an error there.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as renderMain } from '../src/cli/render.js';
import { Big } from '../src/model/decimal.js';
import type { WorkbookModel } from '../src/model/types.js';
import { extractClaims } from '../src/narrative/claims.js';
import { NarrativeContext } from '../src/narrative/context.js';
import { Facts } from '../src/narrative/facts.js';
import type { Block, NarrativeDoc } from '../src/narrative/model.js';
import { readNarrative } from '../src/read/narrative/index.js';
import { attachedTables } from '../src/read/narrative/tables.js';
import { readWorkbook } from '../src/read/workbook.js';
import attachedRule from '../src/rules/narrative/attached-table.js';
import chartRule from '../src/rules/narrative/chart.js';
import type { Rule } from '../src/rules/rule.js';
import { checkJson, fixture, tempDir } from './helpers.js';
import { docxFromText } from './support-docx.js';

const SAMPLE = fixture('sample-2024.xlsx');
const PRIOR = fixture('sample-2023.xlsx');
let docx = '';
let doc: NarrativeDoc;
let model: WorkbookModel;
let prior: WorkbookModel;

beforeAll(async () => {
  docx = join(tempDir(), '决算说明.docx');
  const io = { stdout: () => {}, stderr: () => {}, stdoutTTY: false, stderrTTY: false, env: {}, cwd: process.cwd() };
  expect(await renderMain([SAMPLE, '--prior', PRIOR, '--profile', fixture('profile-2024.yaml'), '-o', docx], io)).toBe(0);
  doc = (await readNarrative(docx)).doc!;
  model = (await readWorkbook(SAMPLE)).model!;
  prior = (await readWorkbook(PRIOR)).model!;
}, 60000);

/** One rule over the document as it stands (claims read once: the rules below do not use them). */
function run(rule: Rule, d: NarrativeDoc, claims = extractClaims(d)) {
  const ctx = new NarrativeContext(d, claims, new Facts(claims, d.year), model, prior);
  ctx.rule = rule.meta.id;
  ctx.severity = rule.meta.severity;
  rule.narrative!(ctx);
  return ctx.findings;
}

/** The attached disclosure tables' figures: the cells the reader read amounts from (other tables, such as a performance self-evaluation, are not the workbook's). */
function figureCells(d: NarrativeDoc): Block[] {
  const out = new Set<Block>();
  for (const a of attachedTables(d, String))
    for (const r of a.table.rows)
      for (const amount of Object.values(r.amounts)) {
        const b = amount && a.blockAt.get(amount.source.cell);
        if (b && b.kind === 'cell' && /^-?[\d,]+(\.\d+)?$/.test(b.text)) out.add(b);
      }
  return d.blocks.filter((b) => out.has(b));
}

/** The rendered .docx with one table cell's text (the n-th cell of the document) replaced. */
function editCell(n: number, text: string): string {
  const files = unzipSync(readFileSync(docx));
  let xml = strFromU8(files['word/document.xml']);
  let i = -1;
  let at = 0;
  for (let k = 0; k <= n; k++) {
    at = xml.indexOf('<w:tc>', at + 1);
    if (at < 0) throw new Error(`no cell ${n}`);
    i = at;
  }
  const end = xml.indexOf('</w:tc>', i);
  const cell = xml.slice(i, end).replace(/(<w:t(?: [^>]*)?>)[^<]*(<\/w:t>)/, `$1${text}$2`);
  xml = xml.slice(0, i) + cell + xml.slice(end);
  files['word/document.xml'] = strToU8(xml);
  const out = join(tempDir(), '改过的说明.docx');
  writeFileSync(out, zipSync(files));
  return out;
}

describe('attached tables', () => {
  it('the nine tables of the rendered .docx are read as the nine disclosure tables, and match the workbook', () => {
    expect(attachedTables(doc, (n) => `表格${n}`).map((a) => a.table.key)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
    expect(run(attachedRule, doc)).toEqual([]);
  });

  it('every one-figure edit of every table cell is an error at that cell, naming the workbook cell', () => {
    const cells = figureCells(doc);
    expect(cells.length).toBeGreaterThan(300);
    const claims = extractClaims(doc);
    for (const b of cells) {
      const old = b.text;
      b.text = new Big(old.replace(/,/g, '')).plus('1.23').toFixed(2);
      try {
        const found = run(attachedRule, doc, claims);
        expect(found.map((f) => [f.severity, f.location.paragraph]), `${b.cell!.table}:${b.cell!.row}:${b.cell!.col} ${old}`).toEqual([['error', b.index]]);
        expect(found[0].args.sheet).toMatch(/^公开0\d表$/);
        expect(found[0].args.cell).toMatch(/^[A-Z]+\d+$/);
      } finally {
        b.text = old;
      }
    }
  });

  it('through the .docx itself (a sample of cells across the nine tables): fa-check exits 1 with the error at the cell', async () => {
    const cells = doc.blocks.filter((b) => b.kind === 'cell');
    const figures = figureCells(doc);
    // every 61st figure: most tables with figures, rows and columns of several kinds
    const sample = figures.filter((_, i) => i % 61 === 0);
    expect(new Set(sample.map((b) => b.cell!.table)).size).toBeGreaterThanOrEqual(5);
    for (const b of sample) {
      const changed = editCell(cells.indexOf(b), new Big(b.text.replace(/,/g, '')).plus(10).toFixed(2));
      const { code, report } = await checkJson([SAMPLE, '--prior', PRIOR, '--narrative', changed]);
      const errors = report.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.rule, f.location.paragraph]), b.text).toContainEqual(['n-attached-table', b.index]);
      expect(errors.every((f) => f.location.paragraph === b.index), JSON.stringify(errors)).toBe(true);
      expect(code).toBe(1);
    }
  }, 120000);

  it('is read by title and header, not by position: a table laid out differently is compared all the same', async () => {
    // 公开05表 as another department prints it: an id line, a title without the year, the columns reordered
    const t05 = model.tables.find((t) => t.key === 'T05')!;
    const rows = t05.rows.map((r) => `| ${r.code ?? ''} | ${r.code ? r.name : '合计'} | ${r.amounts.basic!.shown} | ${r.amounts.project!.shown} | ${r.amounts.total!.shown} |`);
    const text = (wrong?: string) =>
      ['第五部分 附表', '公开05表', '一般公共预算财政拨款支出决算表', '单位：万元', '| 科目编码 | 科目名称 | 基本支出 | 项目支出 | 合计 |', ...rows.map((r, i) => (wrong && i === 3 ? r.replace(/\| ([\d.]+) \|$/, `| ${wrong} |`) : r))].join('\n');
    const clean = await checkJson([SAMPLE, '--narrative', await docxFromText(text())]);
    expect(clean.report.findings.filter((f) => f.rule === 'n-attached-table')).toEqual([]);
    const { report } = await checkJson([SAMPLE, '--narrative', await docxFromText(text('406.55'))]);
    const hit = report.findings.filter((f) => f.rule === 'n-attached-table');
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ severity: 'error', stated: '406.55', expected: '396.55' });
    expect(hit[0].message).toContain('公开05表 C10');
  });
});

describe('charts', () => {
  it('every point of every chart, this year’s and last year’s, is checked against its workbook', () => {
    expect(run(chartRule, doc)).toEqual([]);
    const claims = extractClaims(doc);
    let points = 0;
    let priorPoints = 0;
    for (const b of doc.blocks)
      for (const s of b.chart?.series ?? [])
        s.values.forEach((v, i) => {
          if (!v) return;
          points++;
          if (/2023/.test(s.categories[i] + s.name)) priorPoints++;
          s.values[i] = v.plus(5);
          try {
            const found = run(chartRule, doc, claims).filter((f) => f.severity === 'error');
            expect(found.map((f) => [f.location.paragraph, f.args.category, f.args.series]), `${b.chart!.title} ${s.name} ${s.categories[i]}`).toEqual([[b.index, s.categories[i], s.name]]);
            expect(found[0].messageId).toBe('workbook');
          } finally {
            s.values[i] = v;
          }
        });
    expect(points).toBeGreaterThan(20);
    expect(priorPoints).toBeGreaterThan(5);
  });

  it('through the .docx itself: a prior-year bar changed in the chart’s data is an error naming last year’s workbook', async () => {
    const files = unzipSync(readFileSync(docx));
    const part = Object.keys(files).find((k) => /^word\/charts\/chart\d+\.xml$/.test(k) && strFromU8(files[k]).includes('884.83'))!;
    files[part] = strToU8(strFromU8(files[part]).replace('884.83', '874.83'));
    const out = join(tempDir(), '图表改过.docx');
    writeFileSync(out, zipSync(files));
    const { code, report } = await checkJson([SAMPLE, '--prior', PRIOR, '--narrative', out]);
    const hit = report.findings.filter((f) => f.rule === 'n-chart');
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ severity: 'error', stated: '874.83', expected: '884.83' });
    expect(hit[0].message).toMatch(/上年公开表 公开01表 [A-Z]+\d+ 为 884\.83/);
    expect(code).toBe(1);
  });
});
