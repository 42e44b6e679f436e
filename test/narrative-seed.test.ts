// The seed narrative (../shared/seed/, copied to fixtures/narratives/seed-2024.txt) read with a
// calculator: every real inconsistency it holds, at the severity the issue sets, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, type JsonReport } from './helpers.js';
import { docxFromText, type ChartSpec } from './support-docx.js';

const SEED = fixture('narratives/seed-2024.txt');
const CORRECTED = fixture('narratives/seed-2024-corrected.txt');

type Expect = { rule: string; severity: 'error' | 'warning' | 'info'; stated: string; expected?: string; why: string };

const FAULTS: Expect[] = [
  { rule: 'n-reasons', severity: 'error', stated: '72.00', expected: '67.67', why: '一: 基本支出减少56.92 + 项目支出减少15.08 = 72.00, but the total decrease is 67.67 (884.83 − 817.16)' },
  { rule: 'n-typo', severity: 'warning', stated: '0%%', why: '二: "占0%%"' },
  { rule: 'n-share', severity: 'warning', stated: '4.74', expected: '4.75', why: '三: 38.8 ÷ 817.16 = 4.748%, truncated to 4.74 instead of rounded to 4.75' },
  { rule: 'n-share', severity: 'error', stated: '63.62', expected: '63.10', why: '五（一）: 515.61 ÷ 817.16 = 63.10% (五（二） says 63.1%)' },
  { rule: 'n-share', severity: 'error', stated: '25.68', expected: '26.01', why: '五（一）: 212.53 ÷ 817.16 = 26.01%' },
  { rule: 'n-share', severity: 'error', stated: '5.28', expected: '5.62', why: '五（一）: 45.93 ÷ 817.16 = 5.62%' },
  { rule: 'n-share', severity: 'error', stated: '5.42', expected: '5.27', why: '五（一）: 43.08 ÷ 817.16 = 5.27%' },
  { rule: 'n-unit-missing', severity: 'warning', stated: '817.16', why: '五（三）: "决算数为817.16，" without 万元 (and again in the annex: "年初预算收入为817.16，")' },
  { rule: 'n-class-name', severity: 'warning', stated: '政府办公厅（室）及相关机构', expected: '政府办公厅（室）及相关机构事务', why: '五（三）: the 款 20103 is "…及相关机构事务"' },
  { rule: 'n-completion', severity: 'warning', stated: '0', why: '七（二）1: "完成预算00%" of a zero budget' },
  { rule: 'n-typo', severity: 'warning', stated: '00%', why: '七（二）1: "00%"' },
  { rule: 'n-stale-year', severity: 'warning', stated: '2023', expected: '2024', why: '七（二）2: "截至2023年12月31日" in the 2024 report' },
  { rule: 'n-breakdown', severity: 'error', stated: '13', expected: '12', why: '附件 人员概况: 公务员6人、机关工勤4人、聘用人员2人 make 12, not "共13人"' },
  { rule: 'n-table-sum', severity: 'error', stated: '767.24', expected: '778.36', why: '附件 table: 基本支出小计 767.24, but its subtotals 688.44 + 89.92 = 778.36' },
  { rule: 'n-restated', severity: 'error', stated: '817.61', expected: '778.36', why: '附件: 基本支出 "全年总额为817.61万元" against 778.36 in 三 and 六' },
  { rule: 'n-restated', severity: 'error', stated: '5.8', expected: '38.8', why: '附件: 项目支出 "全年总额为5.8万元" against 38.8 in 三 (5.8 is one project of three)' },
  { rule: 'n-yoy', severity: 'info', stated: '10.73', expected: '10.74', why: '附件: 122.93 − 112.19 = 10.74, the text says 10.73 (and 8.73%); one cent, which rounding could explain' },
  { rule: 'n-stale-year', severity: 'warning', stated: '2023', expected: '2024', why: '附件: "干休所2023年预算项目资金" in the 2024 report' },
];

function matches(report: JsonReport, e: Expect) {
  return report.findings.filter((f) => f.rule === e.rule && f.severity === e.severity && f.stated === e.stated && (e.expected === undefined || f.expected === e.expected));
}

function checkFaults(report: JsonReport) {
  for (const e of FAULTS) expect(matches(report, e).length, e.why).toBeGreaterThan(0);
  // precision: every error or warning is one of the faults above
  const unexpected = report.findings.filter((f) => f.severity !== 'info' && !FAULTS.some((e) => e.rule === f.rule && e.stated === f.stated && e.severity === f.severity));
  expect(unexpected).toEqual([]);
}

/** The seed's charts (图1–图7), as its text and cached chart data give them. */
export const SEED_CHARTS: ChartSpec[] = [
  { after: '图1：', chart: { type: 'column', title: '收入、支出决算总计变动情况图', categories: ['2024', '2023'], series: [{ name: '收入', values: [817.16, 884.83] }, { name: '支出', values: [817.16, 884.83] }] } },
  { after: '图2：', chart: { type: 'pie', title: '收入决算结构图', categories: ['一般公共预算财政拨款收入'], series: [{ name: '收入', values: [817.16] }] } },
  { after: '图3：', chart: { type: 'pie', title: '支出决算结构图', categories: ['基本支出', '项目支出'], series: [{ name: '支出', values: [778.36, 38.8] }] } },
  { after: '图4：', chart: { type: 'column', title: '财政拨款收、支决算总计变动情况', categories: ['2024', '2023'], series: [{ name: '收入', values: [817.16, 884.83] }, { name: '支出', values: [817.16, 884.83] }] } },
  { after: '图5：', chart: { type: 'column', title: '一般公共预算财政拨款支出决算变动情况', categories: ['2024', '2023'], series: [{ name: '一般公共预算财政拨款支出', values: [817.16, 884.83] }] } },
  {
    after: '图6：',
    chart: { type: 'pie', title: '一般公共预算财政拨款支出决算结构', categories: ['一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'], series: [{ name: '支出', values: [515.61, 212.53, 45.93, 43.08] }] },
  },
  { after: '图7：', chart: { type: 'pie', title: '“三公”经费财政拨款支出结构', categories: ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'], series: [{ name: '“三公”经费', values: [0, 8.51, 17.61] }] } },
];

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
