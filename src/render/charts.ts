// The native Word charts of the narrative (图1–图7), from the same values the text states.
import type { ChartRunOptions } from 'docx/charts';
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

function yearsBar(title: string, v: ChartView, series: [string, string, { hasPrior: boolean; prior: string }][]): ChartRunOptions | undefined {
  // no bar for a figure the workbook does not give
  if (!series.every(([, now]) => known(now))) return undefined;
  const hasPrior = series.every(([, , c]) => c.hasPrior);
  return {
    type: 'column',
    title,
    categories: hasPrior ? [String(v.year), String(v.priorYear)] : [String(v.year)],
    series: series.map(([name, now, c]) => ({ name, values: hasPrior ? [num(now), num(c.prior)] : [num(now)] })),
    dataLabels: { value: true },
    // bars from zero: a cut axis makes a 7% change look like a doubling
    valueAxis: { minimum: 0 },
  };
}

function pie(title: string, all: { name: string; amount: string }[]): ChartRunOptions | undefined {
  // a figure the workbook does not give (a 【待补充】 marker) has no slice
  const parts = all.filter((p) => known(p.amount));
  if (!parts.length) return undefined;
  return { type: 'pie', title, categories: parts.map((p) => p.name), series: [{ name: title, values: parts.map((p) => num(p.amount)) }], dataLabels: { value: true } };
}

export function chartsOf(v: ChartView): Record<string, ChartRunOptions | undefined> {
  const classes = v.gpb.nonzeroClasses;
  const hasPrior = classes.every((c) => c.change?.hasPrior);
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
    gpb: classes.length
      ? {
          type: 'column',
          title: '一般公共预算财政拨款支出决算变动情况',
          categories: classes.map((c) => c.name),
          series: [
            { name: `${v.year}年`, values: classes.map((c) => num(c.amount)) },
            ...(hasPrior ? [{ name: `${v.priorYear}年`, values: classes.map((c) => num(c.change!.prior)) }] : []),
          ],
          dataLabels: { value: true },
          valueAxis: { minimum: 0 },
        }
      : undefined,
    gpbStructure: pie('一般公共预算财政拨款支出决算结构', classes),
    sangong: pie('“三公”经费财政拨款支出结构', [
      { name: '因公出国（境）费', amount: v.sangong.abroad.amount },
      { name: '公务用车购置及运行维护费', amount: v.sangong.car.amount },
      { name: '公务接待费', amount: v.sangong.reception.amount },
    ].filter((p) => p.amount !== '0.00')),
  };
}
