// Side-by-side tables: 收入 on the left, 支出 on the right (T01, T04).
import { META_LINE, NOTE } from '../../data/headers.js';
import type { RowDef, TableDef } from '../../data/tables.js';
import { classCodeByName } from '../../model/codes.js';
import type { Row } from '../../model/types.js';
import { clean, label } from '../../model/text.js';
import type { SheetContext } from '../context.js';
import { isHeaderRepeat, type Header, type HeaderColumn } from '../header.js';
import { address } from '../grid.js';

const FUNDS: [string, RegExp][] = [
  ['gpb', /^一般公共预算财政拨款/],
  ['gov', /^政府性基金预算财政拨款/],
  ['soe', /^国有资本经营预算财政拨款/],
];

const OF = /^其中[：:]?/;

function keyOf(text: string, defs: RowDef[]): string | undefined {
  return defs.find((d) => d.match.test(text))?.key;
}

/** When the header has no 收入/支出 row, the left 项目 column is income and the right one expense. */
export function positionalRoles(def: TableDef, header: Header, roles: Map<string, HeaderColumn[]>): void {
  if (roles.has('inc.label') && roles.has('exp.label')) return;
  const amounts = def.columns.filter((c) => c.role === 'inc.amount');
  const isAmount = (label: string) => amounts.some((a) => a.match.test(label) || !!a.words?.includes(label));
  const labels = header.columns.filter((h) => /^项目(名称)?$/.test(h.path[h.path.length - 1]));
  if (labels.length !== 2) return;
  const [left, right] = labels;
  left.role = 'inc.label';
  right.role = 'exp.label';
  roles.set('inc.label', [left]);
  roles.set('exp.label', [right]);
  for (const h of header.columns) {
    const deepest = h.path[h.path.length - 1];
    if (h.col > left.col && h.col < right.col && isAmount(deepest) && !roles.has('inc.amount')) {
      h.role = 'inc.amount';
      roles.set('inc.amount', [h]);
    }
    if (h.col > right.col && isAmount(deepest) && !roles.has('exp.amount')) {
      h.role = 'exp.amount';
      roles.set('exp.amount', [h]);
    }
  }
}

export function readSides(ctx: SheetContext, def: TableDef, header: Header, roles: Map<string, HeaderColumn[]>): Row[] {
  const g = ctx.grid;
  const col = (role: string) => roles.get(role)?.[0]?.col;
  const incLabel = col('inc.label');
  const expLabel = col('exp.label');
  const incAmounts = header.columns.filter((h) => h.role?.startsWith('inc.') && h.role !== 'inc.label');
  const expAmounts = header.columns.filter((h) => h.role?.startsWith('exp.') && h.role !== 'exp.label');
  const rows: Row[] = [];
  let inOpening = false;
  let incomeDone = false;
  let expenseDone = false;
  const amounts = (r: number, cols: HeaderColumn[], name: string, prefix: string) => {
    const out: Row['amounts'] = {};
    const label = { name };
    for (const h of cols) out[h.role!.slice(prefix.length)] = ctx.amount(r, h.col, label, h.label);
    return out;
  };
  // a row that is not data: a note, a unit or department line, or the header repeated after a page break
  const skip = (text: string) => NOTE.test(text) || META_LINE.test(text);
  /** An unknown label is a data row only when its amounts are numbers (or blank). */
  const unknownOk = (r: number, cols: HeaderColumn[], name: string) => cols.every((h) => ctx.peek(r, h.col, { name }, h.label));
  for (let r = header.bottom + 1; r <= g.maxRow; r++) {
    const inc = incLabel ? label(g.spanText(r, incLabel)) : '';
    const exp = expLabel && expLabel !== incLabel ? label(g.spanText(r, expLabel)) : '';
    if (!inc && !exp) continue;
    if (isHeaderRepeat(g, r, header)) continue;
    if (inc && !skip(inc)) {
      // "其中：…" is a part of the row above, never a term of a total (under 年初结转和结余: its funds)
      const sub = OF.test(inc);
      const what = sub ? inc.replace(OF, '') : inc;
      let key = keyOf(what, def.rows!.income);
      if (inOpening && key && /^inc\.(gpb|gov|soe)$/.test(key)) key = 'opening.' + key.slice(4);
      else if (inOpening) {
        const fund = FUNDS.find(([, re]) => re.test(what));
        if (fund) key = 'opening.' + fund[0];
      }
      if (sub && !key?.startsWith('opening.')) key = 'inc.sub';
      if (key === 'inc.opening') inOpening = true;
      if (key === 'inc.grand') inOpening = false;
      if (!key && !incomeDone) key = 'inc.misc';
      if (key === 'inc.total') incomeDone = true;
      if ((key && key !== 'inc.misc') || unknownOk(r, incAmounts, inc))
        rows.push({ line: r, name: clean(g.spanText(r, incLabel!)), key, labelCell: address(r, incLabel!), amounts: amounts(r, incAmounts, inc, 'inc.') });
    }
    if (exp && !skip(exp)) {
      let key = OF.test(exp) ? 'exp.sub' : keyOf(exp, def.rows!.expense);
      let code: string | undefined;
      if (!key && !expenseDone) {
        code = classCodeByName(exp);
        key = code ? 'exp.class' : 'exp.misc';
      }
      if (key === 'exp.total') expenseDone = true;
      if ((key === 'exp.misc' || !key) && !unknownOk(r, expAmounts, exp)) continue;
      rows.push({ line: r, name: clean(g.spanText(r, expLabel!)), key, code, labelCell: address(r, expLabel!), amounts: amounts(r, expAmounts, exp, 'exp.') });
    }
  }
  return rows;
}
