// 第二部分 五: 一般公共预算财政拨款支出 (公开05表): total, classes, items and their budgets.
import { fixed } from '../../model/decimal.js';
import { fromProfile, listed, share, val, wan, type Part, type ViewContext } from './context.js';
import { expenseTotal } from './overall.js';

export function gpb(c: ViewContext) {
  const p = c.profile;
  const t05 = c.table('T05');
  const whole = val(c.row('T05', 'total')?.amounts.total);
  const priorT05 = c.table('T05', c.prior);
  const rows = t05?.rows.filter((r) => r.code) ?? [];
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.name ?? code;
  const classes: Part[] = rows
    .filter((r) => r.code!.length === 3)
    .map((r) => {
      const amount = val(r.amounts.total);
      const before = c.prior ? val(priorT05?.rows.find((x) => x.code === r.code)?.amounts.total) : undefined;
      return {
        name: r.name,
        short: r.name.replace(/支出$/, ''),
        code: r.code,
        amount: wan(amount),
        share: share(amount, whole),
        zero: amount.eq(0),
        change: c.change(amount, before, r.name),
        reason: p.reasons?.classes?.[r.code!],
      };
    });
  const items = rows
    .filter((r) => r.code!.length === 7)
    .map((r, i) => {
      const amount = val(r.amounts.total);
      const budgetCell = r.amounts['budget.full'] ?? r.amounts['budget.initial'];
      const budget = budgetCell ? budgetCell.value : fromProfile(p.budgets?.[r.code!]);
      const hasBudget = budget !== undefined;
      return {
        no: i + 1,
        code: r.code,
        lei: nameOf(r.code!.slice(0, 3)).replace(/支出$/, ''),
        kuan: nameOf(r.code!.slice(0, 5)),
        xiang: r.name,
        amount: wan(amount),
        hasBudget,
        budgetZero: hasBudget && budget!.eq(0),
        budget: hasBudget ? wan(budget!) : c.missing('gap.itemBudget', { code: r.code!, name: r.name }),
        completion: hasBudget && !budget!.eq(0) ? fixed(amount.times(100).div(budget!), 2) : '',
        more: hasBudget && amount.gt(budget!),
        less: hasBudget && amount.lt(budget!),
        equal: hasBudget && amount.eq(budget!),
        reason: p.reasons?.items?.[r.code!] ?? '',
      };
    });
  return {
    total: t05 ? wan(whole) : c.noTable('T05'),
    missing: t05 ? '' : c.noTable('T05'),
    share: t05 && c.table('T01') ? share(whole, expenseTotal(c)) : c.noTable(t05 ? 'T01' : 'T05'),
    change: t05 ? c.change(whole, c.prior ? val(priorT05?.rows.find((r) => r.key === 'total')?.amounts.total) : undefined, '一般公共预算财政拨款支出') : c.noChange('T05'),
    reason: p.reasons?.gpb ?? '',
    classes: listed(classes),
    nonzeroClasses: listed(classes.filter((x) => !x.zero)),
    items,
    nonzeroItems: items.filter((i) => i.amount !== '0.00'),
  };
}
