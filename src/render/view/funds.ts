// 第二部分 八、九: 政府性基金 (公开08表) and 国有资本经营 (公开09表) spending.
import { ZERO } from '../../model/decimal.js';
import { share, val, wan, type ViewContext } from './context.js';
import { expenseTotal } from './overall.js';

function fund(c: ViewContext, key: string, column: string) {
  const t = c.table(key);
  // without its own table, the fund's spending is a column of 公开04表 (财政拨款收入支出决算总表)
  const fromT04 = c.row('T04', 'exp.total')?.amounts[column];
  if (!t && !fromT04) return { empty: false, amount: c.noTable(key), share: c.noTable(key) };
  const total = t ? t.rows.find((r) => r.key === 'total')?.amounts['exp.total'] : fromT04;
  const amount = t && t.empty ? ZERO : val(total);
  return { empty: amount.eq(0), amount: wan(amount), share: share(amount, expenseTotal(c)) };
}

export function funds(c: ViewContext) {
  return { gov: fund(c, 'T08', 'gov'), soe: fund(c, 'T09', 'soe') };
}
