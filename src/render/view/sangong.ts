// 第二部分 七: 财政拨款“三公”经费 (公开07表), its budgets (table or profile) and the facts no table holds.
import { fixed, type Dec } from '../../model/decimal.js';
import { fromProfile, sameAs, wan, type ViewContext } from './context.js';

type Item = 'abroad' | 'car' | 'carBuy' | 'carRun' | 'reception';

const NAMES: Record<Item | 'total', string> = {
  total: '“三公”经费合计',
  abroad: '因公出国（境）费',
  car: '公务用车购置及运行维护费',
  carBuy: '公务用车购置费',
  carRun: '公务用车运行维护费',
  reception: '公务接待费',
};

export function sangong(c: ViewContext) {
  const p = c.profile;
  const actual = (k: Item | 'total') => c.amount('T07', 'data', `actual.${k}`);
  const before = (k: Item | 'total') => c.before('T07', 'data', `actual.${k}`);
  const whole = actual('total');
  const budgetOf = (k: Item | 'total'): Dec | undefined => c.amount('T07', 'data', `budget.${k}`) ?? (k === 'total' ? undefined : fromProfile(p.sangong?.budget?.[k]));
  const completion = (amount: Dec | undefined, budget: Dec | undefined) => (amount && budget && !budget.eq(0) ? fixed(amount.times(100).div(budget), 2) : '');
  let reasonBefore: string | undefined;
  const item = (key: Item) => {
    const name = NAMES[key];
    const amount = actual(key);
    const budget = budgetOf(key);
    if (key !== 'carBuy' && key !== 'carRun') reasonBefore = sameAs(p.reasons?.sangong?.[key], reasonBefore);
    return {
      name,
      amount: c.money(amount, 'T07', name),
      share: amount === undefined ? c.gap('T07', name) : c.shareOf(amount, whole, () => c.gap('T07', NAMES.total)),
      zero: !!amount?.eq(0),
      // no rate from an amount the workbook does not give
      hasBudget: amount !== undefined && budget !== undefined && !budget.eq(0),
      budgetZero: budget !== undefined && budget.eq(0),
      budget: budget === undefined ? c.missing('gap.sangongItemBudget', { name }) : wan(budget),
      completion: completion(amount, budget),
      change: amount === undefined ? c.noChange(c.gap('T07', name)) : c.change(amount, before(key), name),
      reason: key === 'carBuy' || key === 'carRun' ? '' : (reasonBefore ?? ''),
    };
  };
  const budget = budgetOf('total');
  const count = (v: number | undefined, gap: string) => (v === undefined ? c.missing(gap) : String(v));
  const abroad = item('abroad');
  const car = item('car');
  const carBuy = item('carBuy');
  const carRun = item('carRun');
  const reception = item('reception');
  const runUse = p.sangong?.vehicles?.runUse;
  return {
    total: c.money(whole, 'T07', NAMES.total),
    hasBudget: whole !== undefined && budget !== undefined && !budget.eq(0),
    budget: budget === undefined ? c.missing('gap.sangongBudget') : wan(budget),
    budgetKnown: budget !== undefined,
    completion: completion(whole, budget),
    change: whole === undefined ? c.noChange(c.gap('T07', NAMES.total)) : c.change(whole, before('total'), '“三公”经费'),
    reason: sameAs(p.reasons?.sangong?.total, undefined) ?? '',
    abroad: { ...abroad, groups: count(p.sangong?.abroad?.groups, 'gap.abroadGroups'), people: count(p.sangong?.abroad?.people, 'gap.abroadPeople') },
    car: { ...car, purchased: count(p.sangong?.vehicles?.purchased, 'gap.vehiclesPurchased'), owned: count(p.sangong?.vehicles?.owned, 'gap.vehiclesOwned') },
    carBuy,
    // what the running costs paid for: the profile's words, a gap when it is silent and there were any
    carRun: { ...carRun, use: runUse ?? (carRun.zero ? '' : c.missing('gap.carRunUse')), hasUse: !carRun.zero },
    reception: {
      ...reception,
      batches: count(p.sangong?.reception?.domestic?.batches, 'gap.receptionBatches'),
      people: count(p.sangong?.reception?.domestic?.people, 'gap.receptionPeople'),
      foreignBatches: count(p.sangong?.reception?.foreign?.batches ?? (reception.zero ? 0 : undefined), 'gap.foreignBatches'),
    },
  };
}
