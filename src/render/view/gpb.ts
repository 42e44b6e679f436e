// 第二部分 五: 一般公共预算财政拨款支出 (公开05表): total, classes, items and their budgets.
import { fixed, ZERO, type Dec } from '../../model/decimal.js';
import type { Row } from '../../model/types.js';
import { fromProfile, listed, sameAs, share, wan, type Part, type ViewContext } from './context.js';
import { expenseTotal } from './overall.js';

export function gpb(c: ViewContext) {
  const p = c.profile;
  const t05 = c.table('T05');
  const whole = c.amount('T05', 'total', 'total');
  const priorT05 = c.table('T05', c.prior);
  const rows = (t05?.rows ?? []).filter((r): r is Row & { code: string } => !!r.code && !!r.amounts.total);
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.name ?? code;
  // last year's class: a class last year's table leaves out had nothing (tables omit empty rows);
  // without last year's table at all, it is not known
  const before = (code: string): Dec | null | undefined => {
    if (!c.prior) return undefined;
    if (!priorT05) return null;
    return priorT05.rows.find((x) => x.code === code)?.amounts.total?.value ?? ZERO;
  };
  let reasonBefore: string | undefined;
  const classes: Part[] = rows
    .filter((r) => r.code.length === 3)
    .map((r) => {
      const amount = r.amounts.total!.value;
      reasonBefore = sameAs(p.reasons?.classes?.[r.code], reasonBefore);
      return {
        name: r.name,
        short: r.name.replace(/支出$/, ''),
        code: r.code,
        amount: wan(amount),
        share: c.shareOf(amount, whole, () => c.gap('T05', '合计')),
        zero: amount.eq(0),
        change: c.change(amount, before(r.code), r.name),
        reason: reasonBefore,
      };
    });
  let itemReason: string | undefined;
  const items = rows
    .filter((r) => r.code.length === 7)
    .map((r, i) => {
      const amount = r.amounts.total!.value;
      const budgetCell = r.amounts['budget.full'] ?? r.amounts['budget.initial'];
      const budget = budgetCell ? budgetCell.value : fromProfile(p.budgets?.[r.code]);
      const hasBudget = budget !== undefined;
      itemReason = sameAs(p.reasons?.items?.[r.code], itemReason);
      return {
        no: i + 1,
        code: r.code,
        lei: nameOf(r.code.slice(0, 3)).replace(/支出$/, ''),
        kuan: nameOf(r.code.slice(0, 5)),
        xiang: r.name,
        amount: wan(amount),
        hasBudget,
        budgetZero: hasBudget && budget!.eq(0),
        budget: hasBudget ? wan(budget!) : c.missing('gap.itemBudget', { code: r.code, name: r.name }),
        completion: hasBudget && !budget!.eq(0) ? fixed(amount.times(100).div(budget!), 2) : '',
        more: hasBudget && amount.gt(budget!),
        less: hasBudget && amount.lt(budget!),
        equal: hasBudget && amount.eq(budget!),
        reason: itemReason ?? '',
      };
    });
  const spending = expenseTotal(c);
  return {
    total: c.money(whole, 'T05', '合计'),
    missing: whole === undefined ? c.gap('T05', '合计') : '',
    share: whole === undefined ? c.gap('T05', '合计') : spending === undefined ? c.gap('T01', '本年支出合计') : share(whole, spending),
    change: whole === undefined ? c.noChange(c.gap('T05', '合计')) : c.change(whole, c.before('T05', 'total', 'total'), '一般公共预算财政拨款支出'),
    reason: c.reason('gpb') ?? '',
    classes: listed(classes),
    nonzeroClasses: listed(classes.filter((x) => !x.zero)),
    items,
    nonzeroItems: items.filter((i) => i.amount !== '0.00'),
  };
}
