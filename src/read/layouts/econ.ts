// T06: 经济分类 rows in two or three side-by-side groups (编码 | 名称 | 决算数), and the
// 人员经费合计 / 公用经费合计 line at the bottom.
import type { Row } from '../../model/types.js';
import { clean } from '../../model/text.js';
import type { SheetContext } from '../context.js';
import type { Header, HeaderColumn } from '../header.js';
import { EMPTY_NOTE, firstText } from './codes.js';

interface Group {
  code: number;
  name?: number;
  amount?: number;
  path: string;
}

const TOTALS: [string, RegExp][] = [
  ['personnel.total', /^人员经费(合计)?$/],
  ['public.total', /^公用经费(合计)?$/],
  ['total', /^(合计|总计|基本支出合计)$/],
];

export function readEcon(ctx: SheetContext, header: Header, roles: Map<string, HeaderColumn[]>): { rows: Row[]; empty: boolean } {
  const g = ctx.grid;
  const codes = (roles.get('code') ?? []).map((h) => h.col).sort((a, b) => a - b);
  const names = (roles.get('name') ?? []).map((h) => h.col);
  const amounts = (roles.get('amount') ?? []).map((h) => h.col);
  const groups: Group[] = codes.map((code, i) => {
    const end = codes[i + 1] ?? Infinity;
    const inGroup = (c: number) => c > code && c < end;
    const amount = amounts.find(inGroup);
    return { code, name: names.find(inGroup), amount, path: header.columns.find((h) => h.col === amount)?.label ?? '' };
  });
  const rows: Row[] = [];
  let empty = false;
  for (let r = header.bottom + 1; r <= g.maxRow; r++) {
    const first = firstText(ctx, r);
    if (!first) continue;
    if (EMPTY_NOTE.test(first.text)) empty = true;
    for (const grp of groups) {
      const codeText = clean(g.spanText(r, grp.code));
      const nameText = grp.name ? clean(g.spanText(r, grp.name)) : '';
      if (/^\d{3}(\d{2})?$/.test(codeText)) {
        const row: Row = { line: r, code: codeText, name: nameText, labelCell: g.cell(r, grp.code)?.address, amounts: {} };
        if (grp.amount) row.amounts.amount = ctx.amount(r, grp.amount, { code: codeText, name: nameText }, grp.path);
        rows.push(row);
        continue;
      }
      // a totals label may sit in the code or the name column, merged across both
      const labelCol = g.cell(r, grp.code) ? grp.code : grp.name && g.cell(r, grp.name) ? grp.name : undefined;
      if (!labelCol) continue;
      const text = clean(g.spanText(r, labelCol));
      const total = TOTALS.find(([, re]) => re.test(text));
      if (!total) continue;
      const amountCol = amountRightOf(ctx, r, labelCol, amounts);
      const row: Row = { line: r, key: total[0], name: text, labelCell: g.cell(r, labelCol)?.address, amounts: {} };
      if (amountCol) row.amounts.amount = ctx.amount(r, amountCol, { name: text }, '决算数');
      rows.push(row);
    }
  }
  return { rows, empty };
}

/** The first amount column right of a label whose cell is not swallowed by the label's merge. */
function amountRightOf(ctx: SheetContext, r: number, labelCol: number, amounts: number[]): number | undefined {
  const g = ctx.grid;
  const candidates = amounts.filter((c) => c > labelCol).sort((a, b) => a - b);
  return candidates.find((c) => !g.masterOf(r, c)) ?? candidates[candidates.length - 1];
}
