// The seed narrative (../shared/seed/, copied to fixtures/narratives/seed-2024.txt) read with a
// calculator: every real inconsistency it holds, at the severity the issue sets, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedFaults, score } from './tools/narrative-score.js';
import { checkJson, fixture, type JsonReport } from './helpers.js';
import { SEED_CHARTS } from './cases.js';
import { docxFromText } from './support-docx.js';

const SEED = fixture('narratives/seed-2024.txt');
const CORRECTED = fixture('narratives/seed-2024-corrected.txt');

const FAULTS = expectedFaults()['seed-2024.txt'];

function checkFaults(report: JsonReport) {
  const sc = score(FAULTS, report.findings);
  expect(sc.missed.map((m) => m.why)).toEqual([]);
  // precision: every error or warning is one of the real faults
  expect(sc.falseAlarms).toEqual([]);
}

/** The seed's charts (图1–图7), as its text and cached chart data give them. */

describe('the seed narrative', () => {
  it('as .txt: every fault, and no other error or warning', async () => {
    const { code, report } = await checkJson([SEED]);
    expect(code).toBe(1);
    checkFaults(report);
  });

  it('as .docx with real Word tables and native charts: the same faults', async () => {
    const docx = await docxFromText(readFileSync(SEED, 'utf8'), SEED_CHARTS, 'seed-2024.docx');
    const { code, report } = await checkJson([docx]);
    expect(code).toBe(1);
    checkFaults(report);
    expect(report.findings.find((f) => f.rule === 'n-table-sum')!.location.section).toBe('第四部分 二（一）');
  });

  it('as .docx whose paragraphs Word breaks by soft line breaks (212.53⏎万元): the same faults', async () => {
    const docx = await docxFromText(readFileSync(SEED, 'utf8'), SEED_CHARTS, 'seed-2024-soft.docx', { softBreaks: true });
    const { code, report } = await checkJson([docx]);
    expect(code).toBe(1);
    checkFaults(report);
    const corrected = await docxFromText(readFileSync(CORRECTED, 'utf8'), SEED_CHARTS, 'corrected-soft.docx', { softBreaks: true });
    expect((await checkJson([corrected])).report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a chart that contradicts the text is a finding', async () => {
    const wrong = SEED_CHARTS.map((c) =>
      c.after === '图6：' ? { ...c, chart: { ...c.chart, series: [{ name: '支出', values: [525.4, 212.53, 45.93, 43.08] }] } as typeof c.chart } : c,
    );
    const docx = await docxFromText(readFileSync(CORRECTED, 'utf8'), wrong);
    const { report } = await checkJson([docx]);
    const hit = report.findings.filter((f) => f.rule === 'n-chart');
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ severity: 'error', stated: '525.4', expected: '515.61' });
  });

  it('rounding differences of the seed (class totals against their items) are never errors', async () => {
    const { report } = await checkJson([fixture('sample-2024.xlsx'), '--narrative', CORRECTED]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the corrected copy yields no error and no warning, alone and with both workbooks', async () => {
    for (const args of [[CORRECTED], [fixture('sample-2024.xlsx'), '--prior', fixture('sample-2023.xlsx'), '--narrative', CORRECTED]]) {
      const { code, report } = await checkJson(args);
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(code).toBe(0);
    }
  });
});
