// Rounding: differences inside the bound are notes (info), at or beyond it errors; 元 is exact.
import { describe, expect, it } from 'vitest';
import { Big } from '../src/model/decimal.js';
import { checkEqual, checkLeq, checkSum } from '../src/model/rounding.js';
import type { Amount, MoneyUnit } from '../src/model/types.js';
import { makeAmount } from '../src/read/amount.js';
import { checkJson, variant } from './helpers.js';

const wan = (v: string, unit: MoneyUnit = '万元'): Amount => makeAmount(new Big(v), v, unit, unit === '元' ? 0 : 2, 'S', 'A1');
const plus = (...xs: Amount[]) => xs.map((amount) => ({ amount, weight: 1 as const }));

describe('interval arithmetic (domain.md §4)', () => {
  it('95.36 + 10.23 = 105.58 is a rounding difference (bound 0.015)', () => {
    const r = checkSum(wan('105.58'), plus(wan('95.36'), wan('10.23')));
    expect(r.verdict).toBe('rounding');
    expect(r.bound.eq(150)).toBe(true); // 0.015 万元 in 元
  });

  it('twelve items adding to 171.09 against a printed 171.07 are a rounding difference', () => {
    const items = ['10.01', '20.02', '30.03', '40.04', '5.05', '6.06', '7.07', '8.08', '9.09', '10.10', '11.11', '14.43'];
    expect(items.reduce((s, x) => s.plus(x), new Big(0)).eq('171.09')).toBe(true);
    expect(checkSum(wan('171.07'), plus(...items.map((x) => wan(x)))).verdict).toBe('rounding');
  });

  it('the bound is strict: a difference equal to it is an error', () => {
    // two addends: bound 3 × 0.005 = 0.015; 0.02 apart is out, and 0.01 is in
    expect(checkSum(wan('10.02'), plus(wan('5.00'), wan('5.00'))).verdict).toBe('mismatch');
    expect(checkSum(wan('10.01'), plus(wan('5.00'), wan('5.00'))).verdict).toBe('rounding');
    // one addend: bound exactly 0.01 — a difference of 0.01 is not inside it
    expect(checkSum(wan('10.01'), plus(wan('10.00'))).verdict).toBe('mismatch');
  });

  it('amounts in 元 must add up exactly', () => {
    expect(checkSum(wan('1001', '元'), plus(wan('500', '元'), wan('500', '元'))).verdict).toBe('mismatch');
    expect(checkSum(wan('1000', '元'), plus(wan('500', '元'), wan('500', '元'))).verdict).toBe('exact');
  });

  it('restatements: equal, one display unit apart (note), more (error)', () => {
    expect(checkEqual(wan('326.71'), wan('326.71')).verdict).toBe('exact');
    expect(checkEqual(wan('326.72'), wan('326.71')).verdict).toBe('rounding');
    expect(checkEqual(wan('326.73'), wan('326.71')).verdict).toBe('mismatch');
    expect(checkEqual(wan('3267101', '元'), wan('3267100', '元')).verdict).toBe('mismatch');
  });

  it('part ≤ whole never demands equality', () => {
    expect(checkLeq(wan('1.00'), wan('9.00')).verdict).toBe('exact');
    expect(checkLeq(wan('9.01'), wan('9.00')).verdict).toBe('rounding');
    expect(checkLeq(wan('9.02'), wan('9.00')).verdict).toBe('mismatch');
  });
});

async function severityAt(file: string, rule: string, sheet: string, cell: string) {
  const { report } = await checkJson([file]);
  return report.findings.filter((f) => f.rule === rule && f.location.sheet === sheet && f.location.cell === cell).map((f) => f.severity);
}

describe('through the command, in 万元 and in 元', () => {
  it('万元: a total one cent off its parts is info; three cents off is an error', async () => {
    // 行政运行: 合计 = 基本 396.55 + 项目 0.00, bound 0.015
    expect(await severityAt(await variant('sample-2024.xlsx', { 公开05表: { C10: 396.56 } }), 't05-row-sum', '公开05表', 'C10')).toEqual(['info']);
    expect(await severityAt(await variant('sample-2024.xlsx', { 公开05表: { C10: 396.57 } }), 't05-row-sum', '公开05表', 'C10')).toEqual(['error']);
  });

  it('万元: a class restated one cent apart is info, two cents apart an error', async () => {
    expect(await severityAt(await variant('sample-2024.xlsx', { 公开01表: { F7: 515.62 } }), 'x-t01-t03-expense', '公开01表', 'F7')).toEqual(['info']);
    expect(await severityAt(await variant('sample-2024.xlsx', { 公开01表: { F7: 515.63 } }), 'x-t01-t03-expense', '公开01表', 'F7')).toEqual(['error']);
  });

  it('元: one 元 off is an error', async () => {
    const sheet = '一般公共预算财政拨款支出决算表';
    const file = await variant('yuan-2024.xlsx', {}, (wb) => {
      const c = wb.getWorksheet(sheet)!.getCell('C8');
      c.value = Number(c.value) + 1;
    });
    expect(await severityAt(file, 't05-row-sum', sheet, 'C8')).toEqual(['error']);
  });
});
