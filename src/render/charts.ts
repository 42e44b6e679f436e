// The native Word charts of the narrative (图1–图7), from the same values the text states: labels
// in 万元 with two decimals, the earlier year first, laid out so that no two labels meet.
import type { ChartDataLabels, ChartRunOptions } from 'docx/charts';
import { LAYOUT } from './layout.js';
import type { Part } from './view/index.js';

interface ChartView {
  year: number;
  priorYear: number;
  total: { amount: string; change: { hasPrior: boolean; prior: string } };
  fiscal: { total: string; change: { hasPrior: boolean; prior: string } };
  income: { nonzero: Part[] };
  expense: { nonzero: Part[] };
  gpb: { total: string; nonzeroClasses: Part[]; change: { hasPrior: boolean; prior: string } };
  sangong: { abroad: { amount: string }; car: { amount: string }; reception: { amount: string } };
}

/** Chart caches hold plain numbers: the displayed two-decimal figures. */
const num = (s: string): number => +s;

/** A shown amount, not a 【待补充】 marker. */
const known = (s: string): boolean => /^\d/.test(s);

/** Every label: the amount with two decimals and its unit. */
const LABELS: ChartDataLabels = { value: true, numberFormat: '0.00"万元"', font: { size: 8 } };

function yearsBar(title: string, v: ChartView, series: [string, string, { hasPrior: boolean; prior: string }][]): ChartRunOptions | undefined {
  // no bar for a figure the workbook does not give
  if (!series.every(([, now]) => known(now))) return undefined;
  const hasPrior = series.every(([, , c]) => c.hasPrior && known(c.prior));
  return {
    type: 'column',
    title,
    // the earlier year on the left, as a reader reads a change
    categories: hasPrior ? [String(v.priorYear), String(v.year)] : [String(v.year)],
    series: series.map(([name, now, c]) => ({ name, values: hasPrior ? [num(c.prior), num(now)] : [num(now)] })),
    dataLabels: { ...LABELS, position: 'outsideEnd' },
    // bars apart by a third of their width: the labels above them never meet
    gapWidth: 120,
    overlap: -30,
    // bars from zero: a cut axis makes a 7% change look like a doubling
    valueAxis: { minimum: 0, numberFormat: '0' },
  };
}

/** Slices large and small in turn: two small slices side by side would put their labels on each other. */
function alternate<T extends { amount: string }>(parts: T[]): T[] {
  const bySize = [...parts].sort((a, b) => num(b.amount) - num(a.amount));
  const out: T[] = [];
  while (bySize.length) {
    out.push(bySize.shift()!);
    if (bySize.length) out.push(bySize.pop()!);
  }
  return out;
}

function pie(title: string, all: { name: string; amount: string }[]): ChartRunOptions | undefined {
  // a figure the workbook does not give (a 【待补充】 marker) or a zero has no slice
  const parts = alternate(all.filter((p) => known(p.amount) && num(p.amount) > 0));
  if (!parts.length) return undefined;
  return { type: 'pie', title, categories: parts.map((p) => p.name), series: [{ name: title, values: parts.map((p) => num(p.amount)) }], dataLabels: { ...LABELS, position: 'outsideEnd' } };
}

/** A class each row, this year's and last year's bar side by side: labels at the bars' ends never meet. */
function classBars(v: ChartView): ChartRunOptions | undefined {
  const classes = v.gpb.nonzeroClasses;
  if (!classes.length) return undefined;
  const hasPrior = classes.every((c) => c.change?.hasPrior);
  // a bar chart draws its first category at the bottom: reversed, the first class is on top
  const rows = [...classes].reverse();
  const bars = rows.length * (hasPrior ? 2 : 1);
  return {
    type: 'bar',
    title: '一般公共预算财政拨款支出决算变动情况',
    categories: rows.map((c) => c.name),
    series: [
      ...(hasPrior ? [{ name: `${v.priorYear}年`, values: rows.map((c) => num(c.change!.prior)) }] : []),
      { name: `${v.year}年`, values: rows.map((c) => num(c.amount)) },
    ],
    dataLabels: { ...LABELS, position: 'outsideEnd' },
    gapWidth: 60,
    valueAxis: { minimum: 0, numberFormat: '0' },
    // tall enough for a label a bar
    transformation: { width: LAYOUT.chart.width, height: Math.max(LAYOUT.chart.height, 70 + bars * 16) },
  };
}

export function chartsOf(v: ChartView): Record<string, ChartRunOptions | undefined> {
  return {
    total: yearsBar('收入、支出决算总计变动情况', v, [
      ['收入', v.total.amount, v.total.change],
      ['支出', v.total.amount, v.total.change],
    ]),
    income: pie('收入决算结构', v.income.nonzero),
    expense: pie('支出决算结构', v.expense.nonzero),
    fiscal: yearsBar('财政拨款收、支决算总计变动情况', v, [
      ['收入', v.fiscal.total, v.fiscal.change],
      ['支出', v.fiscal.total, v.fiscal.change],
    ]),
    gpb: classBars(v),
    gpbStructure: pie('一般公共预算财政拨款支出决算结构', v.gpb.nonzeroClasses),
    sangong: pie('“三公”经费财政拨款支出结构', [
      { name: '因公出国（境）费', amount: v.sangong.abroad.amount },
      { name: '公务用车购置及运行维护费', amount: v.sangong.car.amount },
      { name: '公务接待费', amount: v.sangong.reception.amount },
    ]),
  };
}
