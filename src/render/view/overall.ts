// 第二部分 一至四: 收支总计, 收入, 支出, 财政拨款收支总计 (公开01、03、04表).
import { label } from '../../model/text.js';
import type { Dec } from '../../model/decimal.js';
import { listed, share, val, wan, type Part, type ViewContext } from './context.js';

const SPENDING: [string, string][] = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['upper', '上缴上级支出'],
  ['operating', '经营支出'],
  ['subsidiary', '对附属单位补助支出'],
];

const INCOME_ROW = /^inc\.(gpb|gov|soe|upper|business|operating|subsidiary|other)$/;

/** 一、收入支出决算总体情况: 公开01表 总计 and its change. */
export function total(c: ViewContext) {
  const t01 = c.table('T01');
  const grand = val(c.row('T01', 'inc.grand')?.amounts.amount);
  return {
    amount: t01 ? wan(grand) : c.noTable('T01'),
    change: t01 ? c.change(grand, c.priorOf(c.row('T01', 'inc.grand', c.prior)?.amounts.amount), '收支总计') : c.noChange('T01'),
    reason: c.profile.reasons?.total ?? c.missing('gap.reasonTotal'),
  };
}

/** 二、收入决算情况: 本年收入合计 and each source's share of it. */
export function income(c: ViewContext) {
  const t01 = c.table('T01');
  const whole = val(c.row('T01', 'inc.total')?.amounts.amount);
  const sources: Part[] = (t01?.rows ?? [])
    .filter((r) => INCOME_ROW.test(r.key ?? ''))
    .map((r) => {
      const name = label(r.name);
      const amount = val(r.amounts.amount);
      return { name, short: name, amount: wan(amount), share: share(amount, whole), zero: amount.eq(0) };
    });
  return { total: t01 ? wan(whole) : c.noTable('T01'), sources: listed(sources), nonzero: listed(sources.filter((s) => !s.zero)), missing: t01 ? '' : c.noTable('T01') };
}

/** 本年支出合计 (公开01表), the whole that spending shares are of. */
export function expenseTotal(c: ViewContext): Dec {
  return val(c.row('T01', 'exp.total')?.amounts.amount);
}

/** 三、支出决算情况: 基本支出, 项目支出 … (公开03表 合计 row) and their shares; their changes. */
export function expense(c: ViewContext) {
  const t03total = c.row('T03', 'total');
  const whole = expenseTotal(c);
  const parts: Part[] = SPENDING.filter(([role]) => t03total && role in t03total.amounts).map(([role, name]) => {
    const amount = val(t03total!.amounts[role]);
    return { name, short: name, amount: wan(amount), share: share(amount, whole), zero: amount.eq(0) };
  });
  return {
    total: c.table('T01') ? wan(whole) : c.noTable('T01'),
    parts: listed(parts),
    nonzero: listed(parts.filter((s) => !s.zero)),
    missing: t03total ? '' : c.noTable('T03'),
  };
}

export function spendingChanges(c: ViewContext) {
  const now = c.row('T03', 'total');
  const before = c.row('T03', 'total', c.prior);
  const of = (role: string, what: string) => (now ? c.change(val(now.amounts[role]), before ? val(before.amounts[role]) : undefined, what) : c.noChange('T03'));
  return { basicChange: of('basic', '基本支出'), projectChange: of('project', '项目支出') };
}

/** 四、财政拨款收入支出决算总体情况: 公开04表 总计 and its change. */
export function fiscal(c: ViewContext) {
  const known = !!c.table('T04');
  const grand = val(c.row('T04', 'inc.grand')?.amounts.amount);
  return {
    total: known ? wan(grand) : c.noTable('T04'),
    change: known ? c.change(grand, c.prior ? val(c.row('T04', 'inc.grand', c.prior)?.amounts.amount) : undefined, '财政拨款收支总计') : c.noChange('T04'),
    reason: c.profile.reasons?.fiscal ?? c.missing('gap.reasonFiscal'),
  };
}
