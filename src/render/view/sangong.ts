// 第二部分 七: 财政拨款“三公”经费 (公开07表), its budgets (table or profile) and the facts no table holds.
import { fixed, type Dec } from '../../model/decimal.js';
import { fromProfile, share, val, wan, type ViewContext } from './context.js';

type Item = 'abroad' | 'car' | 'carBuy' | 'carRun' | 'reception';

export function sangong(c: ViewContext) {
  const p = c.profile;
  const t07 = c.table('T07');
  const sg = c.row('T07', 'data')?.amounts ?? {};
  const sgPrior = c.row('T07', 'data', c.prior)?.amounts;
  const whole = val(sg['actual.total']);
  const budgetOf = (item: Item | 'total'): Dec | undefined => sg[`budget.${item}`]?.value ?? (item === 'total' ? undefined : fromProfile(p.sangong?.budget?.[item]));
  const item = (key: Item, name: string) => {
    const amount = val(sg[`actual.${key}`]);
    const budget = budgetOf(key);
    return {
      name,
      amount: t07 ? wan(amount) : c.noTable('T07'),
      share: t07 ? share(amount, whole) : c.noTable('T07'),
      zero: amount.eq(0),
      // no rate from an amount the workbook does not give
      hasBudget: !!t07 && budget !== undefined && !budget.eq(0),
      budgetZero: budget !== undefined && budget.eq(0),
      budget: budget === undefined ? c.missing('gap.sangongItemBudget', { name }) : wan(budget),
      completion: t07 && budget && !budget.eq(0) ? fixed(amount.times(100).div(budget), 2) : '',
      change: t07 ? c.change(amount, sgPrior ? val(sgPrior[`actual.${key}`]) : undefined, name) : c.noChange('T07'),
      reason: p.reasons?.sangong?.[key as 'abroad' | 'car' | 'reception'] ?? '',
    };
  };
  const budget = budgetOf('total');
  const count = (v: number | undefined, gap: string) => (v === undefined ? c.missing(gap) : String(v));
  return {
    total: t07 ? wan(whole) : c.noTable('T07'),
    hasBudget: !!t07 && budget !== undefined && !budget.eq(0),
    budget: budget === undefined ? c.missing('gap.sangongBudget') : wan(budget),
    budgetKnown: budget !== undefined,
    completion: t07 && budget && !budget.eq(0) ? fixed(whole.times(100).div(budget), 2) : '',
    change: t07 ? c.change(whole, sgPrior ? val(sgPrior['actual.total']) : undefined, '“三公”经费') : c.noChange('T07'),
    abroad: { ...item('abroad', '因公出国（境）费'), groups: count(p.sangong?.abroad?.groups, 'gap.abroadGroups'), people: count(p.sangong?.abroad?.people, 'gap.abroadPeople') },
    car: { ...item('car', '公务用车购置及运行维护费'), purchased: count(p.sangong?.vehicles?.purchased, 'gap.vehiclesPurchased'), owned: count(p.sangong?.vehicles?.owned, 'gap.vehiclesOwned') },
    carBuy: item('carBuy', '公务用车购置费'),
    carRun: item('carRun', '公务用车运行维护费'),
    reception: {
      ...item('reception', '公务接待费'),
      batches: count(p.sangong?.reception?.domestic?.batches, 'gap.receptionBatches'),
      people: count(p.sangong?.reception?.domestic?.people, 'gap.receptionPeople'),
      foreignBatches: count(p.sangong?.reception?.foreign?.batches ?? (t07 && val(sg['actual.reception']).eq(0) ? 0 : undefined), 'gap.foreignBatches'),
    },
  };
}
