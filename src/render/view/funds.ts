// 第二部分 八、九: 政府性基金 (公开08表) and 国有资本经营 (公开09表) spending.
import { ZERO, type Dec } from '../../model/decimal.js';
import type { Table } from '../../model/types.js';
import { wan, type ViewContext } from './context.js';
import { expenseTotal } from './overall.js';

/** A fund table's spending: its 合计 row; an empty table (本表无数据) or one without rows spent nothing. */
function spent(t: Table): Dec | undefined {
  const total = t.rows.find((r) => r.key === 'total')?.amounts['exp.total'];
  if (total) return total.value;
  const classes = t.rows.filter((r) => r.code?.length === 3 && r.amounts['exp.total']);
  if (classes.length) return classes.reduce((s, r) => s.plus(r.amounts['exp.total']!.value), ZERO);
  return t.empty || !t.rows.some((r) => Object.values(r.amounts).some((a) => a && !a.value.eq(0))) ? ZERO : undefined;
}

function fund(c: ViewContext, key: string, column: string) {
  const t = c.table(key);
  // without its own table, the fund's spending is a column of 公开04表 (财政拨款收入支出决算总表)
  const amount = t ? spent(t) : c.amount('T04', 'exp.total', column);
  if (amount === undefined) return { empty: false, amount: c.gap(key, '本年支出合计'), share: c.gap(key, '本年支出合计') };
  const whole = expenseTotal(c);
  return { empty: amount.eq(0), amount: wan(amount), share: c.shareOf(amount, whole, () => c.gap('T01', '本年支出合计')) };
}

export function funds(c: ViewContext) {
  return { gov: fund(c, 'T08', 'gov'), soe: fund(c, 'T09', 'soe') };
}
