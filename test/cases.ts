// Inputs built to break one relation each: the rule tests run them, and the rule reference takes
// its example findings from them (test/tools/rule-examples.ts).
import type { ChartSpec } from './support-docx.js';
import type { CellValue } from './helpers.js';

export interface Case {
  name: string;
  edits: Record<string, Record<string, CellValue>>;
  rule: string;
  at: [string, string];
  stated?: string;
  expected?: string;
  severity?: 'error' | 'warning' | 'info';
  prior?: Record<string, Record<string, CellValue>>;
}

export const CASES: Case[] = [
  { name: 'T01 income row changed', rule: 't01-income-total', edits: { 公开01表: { C8: 5 } }, at: ['公开01表', 'C15'], stated: '817.16', expected: '822.16' },
  { name: 'T01 class changed', rule: 't01-expense-total', edits: { 公开01表: { F8: 222.53 } }, at: ['公开01表', 'F15'], stated: '817.16', expected: '827.15' },
  { name: 'T01 opening balance changed', rule: 't01-grand-totals', edits: { 公开01表: { C17: 3 } }, at: ['公开01表', 'C18'], stated: '817.16', expected: '820.16' },
  { name: 'T01 expenditure grand total changed', rule: 't01-balance', edits: { 公开01表: { F18: 827.16 } }, at: ['公开01表', 'F18'], stated: '827.16', expected: '817.16' },
  { name: 'T02 source column changed', rule: 't02-row-sum', edits: { 公开02表: { F10: 2 } }, at: ['公开02表', 'C10'], stated: '396.55', expected: '398.55' },
  { name: 'T03 project column changed', rule: 't03-row-sum', edits: { 公开03表: { E10: 1.5 } }, at: ['公开03表', 'C10'], stated: '396.55', expected: '398.05' },
  { name: 'T05 basic changed', rule: 't05-row-sum', edits: { 公开05表: { D10: 386.55 } }, at: ['公开05表', 'C10'], stated: '396.55', expected: '386.55' },
  { name: 'T05 item changed in total and basic', rule: 'hierarchy', edits: { 公开05表: { C10: 397.55, D10: 397.55 } }, at: ['公开05表', 'C9'], stated: '515.61', expected: '516.62' },
  { name: 'T04 fund column changed', rule: 't04-row-sum', edits: { 公开04表: { H7: 4 } }, at: ['公开04表', 'F7'], stated: '515.61', expected: '519.61' },
  { name: 'T04 opening sub-row changed', rule: 't04-income-total', edits: { 公开04表: { C13: 2 } }, at: ['公开04表', 'C12'], stated: '0.00', expected: '2.00' },
  { name: 'T04 class in general column changed', rule: 't04-expense-total', edits: { 公开04表: { G8: 202.53 } }, at: ['公开04表', 'G11'], stated: '817.16', expected: '807.15' },
  { name: 'T04 income grand total changed', rule: 't04-grand-totals', edits: { 公开04表: { C16: 818.16 } }, at: ['公开04表', 'C16'], stated: '818.16', expected: '817.16' },
  { name: 'T04 closing balance changed', rule: 't04-fund-balance', edits: { 公开04表: { G12: 3 } }, at: ['公开04表', 'G12'], stated: '3.00', expected: '0.00' },
  { name: 'T06 item changed', rule: 't06-class-sum', edits: { 公开06表: { C7: 130.35 } }, at: ['公开06表', 'C6'], stated: '500.27', expected: '510.27' },
  { name: 'T06 personnel total changed', rule: 't06-personnel-public', edits: { 公开06表: { C22: 666.51 } }, at: ['公开06表', 'C22'], stated: '666.51', expected: '656.51' },
  { name: 'T07 actual total changed', rule: 't07-sum', edits: { 公开07表: { G8: 27.12 } }, at: ['公开07表', 'G8'], stated: '27.12', expected: '26.12' },
  { name: 'T07 vehicle running cost changed', rule: 't07-sum', edits: { 公开07表: { K8: 9.51 } }, at: ['公开07表', 'I8'], stated: '8.51', expected: '9.51' },
  {
    name: 'T08 row does not balance',
    rule: 'fund-balance',
    edits: { 公开08表: { A7: '合计', B7: null, C7: 0, D7: 10, E7: 10, F7: 10, G7: 0, H7: 5 } },
    at: ['公开08表', 'H7'],
    stated: '5',
    expected: '0',
  },
  { name: 'T02 total changed', rule: 'x-t01-t02-income', edits: { 公开02表: { C7: 827.16, D7: 827.16 } }, at: ['公开01表', 'C15'], stated: '817.16', expected: '827.16' },
  { name: 'T01 class differs from T03', rule: 'x-t01-t03-expense', edits: { 公开01表: { F9: 54.93 } }, at: ['公开01表', 'F9'], stated: '54.93', expected: '45.93' },
  { name: 'T04 income differs from T01', rule: 'x-t01-t04-income', edits: { 公开04表: { C7: 807.16 } }, at: ['公开04表', 'C7'], stated: '807.16', expected: '817.16' },
  { name: 'T04 income total differs from T02', rule: 'x-t04-t02-fiscal', edits: { 公开04表: { C11: 807.16 } }, at: ['公开04表', 'C11'], stated: '807.16', expected: '817.16' },
  { name: 'T05 class differs from T04', rule: 'x-t04-t05-general', edits: { 公开05表: { C8: 525.61, D8: 486.82 } }, at: ['公开04表', 'G7'], stated: '515.61', expected: '525.61' },
  {
    name: 'T08 income differs from T04',
    rule: 'x-t04-funds',
    edits: { 公开08表: { A7: '合计', B7: null, C7: 0, D7: 10, E7: 10, F7: 10, G7: 0, H7: 0 } },
    at: ['公开04表', 'C8'],
    stated: '0.00',
    expected: '10.00',
  },
  { name: 'T04 fund income while T08 is empty', rule: 'x-t04-funds', edits: { 公开04表: { C8: 5 } }, at: ['公开04表', 'C8'], stated: '5.00', expected: '0' },
  { name: 'T05 basic differs from T06', rule: 'x-t05-t06-basic', edits: { 公开05表: { D7: 788.36 } }, at: ['公开05表', 'D7'], stated: '788.36', expected: '778.36' },
  { name: 'T03 item below T05', rule: 'x-t05-within-t03', edits: { 公开03表: { C32: 40.08, D32: 40.08 } }, at: ['公开05表', 'C32'], stated: '43.08', expected: '≤ 40.08' },
  { name: 'T04 balance above T01', rule: 'x-t04-balances-within-t01', edits: { 公开04表: { C12: 5, C13: 5 } }, at: ['公开04表', 'C12'], stated: '5.00', expected: '≤ 0.00' },
  { name: 'T06 reception above T07', rule: 'x-t06-within-t07', edits: { 公开06表: { I6: 18.61 } }, at: ['公开06表', 'I6'], stated: '18.61', expected: '≤ 17.61' },
  { name: 'negative amount', rule: 'negative-amount', edits: { 公开03表: { F10: -2 } }, at: ['公开03表', 'F10'], stated: '-2.00' },
  { name: 'name of another code', rule: 'code-name', severity: 'warning', edits: { 公开05表: { B10: '一般行政管理事务' } }, at: ['公开05表', 'A10'], stated: '一般行政管理事务', expected: '行政运行' },
  { name: 'unknown class', rule: 'unknown-code', severity: 'warning', edits: { 公开05表: { A33: '2980301', B33: '某某支出', C33: 0, D33: 0, E33: 0 } }, at: ['公开05表', 'A33'] },
  { name: 'duplicated code', rule: 'duplicate-code', severity: 'warning', edits: { 公开05表: { A33: '2210201', B33: '住房公积金', C33: 0, D33: 0, E33: 0 } }, at: ['公开05表', 'A33'] },
  { name: 'item without class', rule: 'orphan-code', severity: 'warning', edits: { 公开05表: { A33: '2299901', B33: '其他支出', C33: 0, D33: 0, E33: 0 } }, at: ['公开05表', 'A33'] },
  { name: 'formula without cached value', rule: 'read-formula-no-cache', edits: { 公开05表: { C10: { formula: 'D10+E10' } as CellValue } }, at: ['公开05表', 'C10'] },
  { name: 'text in an amount cell', rule: 'read-cell-not-number', edits: { 公开05表: { C10: '详见附表' } }, at: ['公开05表', 'C10'], stated: '详见附表' },
  {
    name: 'large change against last year',
    rule: 'yoy-change',
    severity: 'info',
    edits: {},
    prior: { 公开01表: { C18: 1500 } },
    at: ['公开01表', 'C18'],
  },
  { name: 'class new this year', rule: 'yoy-class', severity: 'info', edits: {}, prior: { 公开03表: { A32: '222', B32: '粮油物资储备支出' } }, at: ['公开03表', 'A30'] },
];

/** The charts of the seed narrative, with the figures its text gives. */
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
