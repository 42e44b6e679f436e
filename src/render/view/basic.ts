// 第二部分 六: 一般公共预算财政拨款基本支出 (公开06表): 人员经费, 公用经费 and the names of their 款.
import type { Dec } from '../../model/decimal.js';
import { wan, type ViewContext } from './context.js';

const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '307', '309', '310', '399'];

export function basic(c: ViewContext) {
  const t06 = c.table('T06');
  const personnel = c.amount('T06', 'personnel.total', 'amount');
  const publicUse = c.amount('T06', 'public.total', 'amount');
  const names = (classes: string[]) => {
    if (!t06) return c.noTable('T06');
    return t06.rows
      .filter((r) => r.code?.length === 5 && classes.includes(r.code.slice(0, 3)) && r.amounts.amount && !r.amounts.amount.value.eq(0))
      .map((r) => r.name)
      .join('、');
  };
  const both: Dec | undefined = personnel && publicUse ? personnel.plus(publicUse) : undefined;
  return {
    total: both === undefined ? c.gap('T06', personnel ? '公用经费合计' : '人员经费合计') : wan(both),
    personnel: c.money(personnel, 'T06', '人员经费合计'),
    public: c.money(publicUse, 'T06', '公用经费合计'),
    personnelNames: names(PERSONNEL),
    publicNames: names(PUBLIC),
  };
}
