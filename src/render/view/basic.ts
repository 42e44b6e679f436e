// 第二部分 六: 一般公共预算财政拨款基本支出 (公开06表): 人员经费, 公用经费 and the names of their 款.
import { val, wan, type ViewContext } from './context.js';

const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '307', '309', '310', '399'];

export function basic(c: ViewContext) {
  const t06 = c.table('T06');
  if (!t06) return { total: c.noTable('T06'), personnel: c.noTable('T06'), public: c.noTable('T06'), personnelNames: c.noTable('T06'), publicNames: c.noTable('T06') };
  const personnel = val(c.row('T06', 'personnel.total')?.amounts.amount);
  const publicUse = val(c.row('T06', 'public.total')?.amounts.amount);
  const names = (classes: string[]) =>
    t06.rows
      .filter((r) => r.code?.length === 5 && classes.includes(r.code.slice(0, 3)) && !val(r.amounts.amount).eq(0))
      .map((r) => r.name)
      .join('、');
  return { total: wan(personnel.plus(publicUse)), personnel: wan(personnel), public: wan(publicUse), personnelNames: names(PERSONNEL), publicNames: names(PUBLIC) };
}
