// 第二部分 一至四: 收支总计, 收入, 支出, 财政拨款收支总计 (公开01–04表).
import type { Dec } from '../../model/decimal.js';
import { label } from '../../model/text.js';
import { listed, wan, type Part, type ViewContext } from './context.js';

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
  const grand = c.amount('T01', 'inc.grand', 'amount');
  return {
    amount: c.money(grand, 'T01', '总计'),
    change: grand === undefined ? c.noChange(c.gap('T01', '总计')) : c.change(grand, c.before('T01', 'inc.grand', 'amount'), '收支总计'),
    reason: c.reason('total') ?? c.missing('gap.reasonTotal'),
  };
}

/** 本年收入合计: 公开01表, or the 合计 row of 公开02表 (the same figure by the tables' relations). */
export function incomeTotal(c: ViewContext): Dec | undefined {
  return c.amount('T01', 'inc.total', 'amount') ?? c.amount('T02', 'total', 'total');
}

/** 本年支出合计: 公开01表, or the 合计 row of 公开03表. */
export function expenseTotal(c: ViewContext): Dec | undefined {
  return c.amount('T01', 'exp.total', 'amount') ?? c.amount('T03', 'total', 'total');
}

/** 二、收入决算情况: 本年收入合计 and each source's share of it (公开01表's income rows). */
export function income(c: ViewContext) {
  const whole = incomeTotal(c);
  const t01 = c.table('T01');
  const sources: Part[] = (t01?.rows ?? [])
    .filter((r) => INCOME_ROW.test(r.key ?? '') && r.amounts.amount)
    .map((r) => {
      const name = label(r.name);
      const amount = r.amounts.amount!.value;
      return { name, short: name, amount: wan(amount), share: c.shareOf(amount, whole, () => c.gap('T01', '本年收入合计')), zero: amount.eq(0) };
    });
  return {
    total: whole === undefined ? c.gap('T01', '本年收入合计') : wan(whole),
    sources: listed(sources),
    nonzero: listed(sources.filter((s) => !s.zero)),
    missing: sources.length ? '' : c.gap('T01', '收入项目'),
  };
}

/** 三、支出决算情况: 基本支出, 项目支出 … (公开03表's 合计 row) and their shares of 本年支出合计. */
export function expense(c: ViewContext) {
  const totals = c.row('T03', 'total');
  const whole = expenseTotal(c);
  const parts: Part[] = SPENDING.filter(([role]) => totals?.amounts[role]).map(([role, name]) => {
    const amount = totals!.amounts[role]!.value;
    return { name, short: name, amount: wan(amount), share: c.shareOf(amount, whole, () => c.gap('T01', '本年支出合计')), zero: amount.eq(0) };
  });
  return {
    total: whole === undefined ? c.gap('T01', '本年支出合计') : wan(whole),
    parts: listed(parts),
    nonzero: listed(parts.filter((s) => !s.zero)),
    missing: parts.length ? '' : c.gap('T03', '合计行'),
  };
}

/** 基本支出 and 项目支出 against last year's (公开03表). */
export function spendingChanges(c: ViewContext) {
  const of = (role: string, what: string) => {
    const now = c.amount('T03', 'total', role);
    return now === undefined ? c.noChange(c.gap('T03', what)) : c.change(now, c.before('T03', 'total', role), what);
  };
  return { basicChange: of('basic', '基本支出'), projectChange: of('project', '项目支出') };
}

/** 四、财政拨款收入支出决算总体情况: 公开04表 总计 and its change. */
export function fiscal(c: ViewContext) {
  const grand = c.amount('T04', 'inc.grand', 'amount');
  return {
    total: c.money(grand, 'T04', '总计'),
    change: grand === undefined ? c.noChange(c.gap('T04', '总计')) : c.change(grand, c.before('T04', 'inc.grand', 'amount'), '财政拨款收支总计'),
    reason: c.reason('fiscal') ?? c.missing('gap.reasonFiscal'),
  };
}
