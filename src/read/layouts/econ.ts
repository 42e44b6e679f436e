// T06: 经济分类 rows in two or three side-by-side groups (编码 | 名称 | 决算数, the code in one column
// or split 类 | 款), and the 人员经费合计 / 公用经费合计 line at the bottom.
import { EMPTY_NOTE, NOTE } from '../../data/headers.js';
import type { Row } from '../../model/types.js';
import { normaliseDigits } from '../../model/decimal.js';
import { clean } from '../../model/text.js';
import type { SheetContext } from '../context.js';
import type { Header, HeaderColumn } from '../header.js';
import { firstText, hasNonZero } from './codes.js';

interface Group {
  /** The code column, or the 类 column of a split code. */
  code: number;
  kuan?: number;
  name?: number;
  amount?: number;
  path: string;
  lastLei: string;
}

const TOTALS: [string, RegExp][] = [
  ['personnel.total', /^人员经费(合计)?$/],
  ['public.total', /^公用经费(合计)?$/],
  ['total', /^(合计|总计|基本支出合计)$/],
];

const digits = (text: string) => {
  const t = normaliseDigits(clean(text));
  return /^\d+$/.test(t) ? t : '';
};

export function readEcon(ctx: SheetContext, header: Header, roles: Map<string, HeaderColumn[]>): { rows: Row[]; empty: boolean } {
  const g = ctx.grid;
  const cols = (role: string) => (roles.get(role) ?? []).map((h) => h.col);
  const codes = [...cols('code'), ...cols('code.lei')].sort((a, b) => a - b);
  const kuans = cols('code.kuan');
  const names = cols('name');
  const amounts = cols('amount');
  const groups: Group[] = codes.map((code, i) => {
    const end = codes[i + 1] ?? Infinity;
    const inGroup = (c: number) => c > code && c < end;
    const amount = amounts.find(inGroup);
    return { code, kuan: kuans.find(inGroup), name: names.find(inGroup), amount, path: header.columns.find((h) => h.col === amount)?.label ?? '', lastLei: '' };
  });
  const rows: Row[] = [];
  let emptyNote = false;
  for (let r = header.bottom + 1; r <= g.maxRow; r++) {
    const first = firstText(ctx, r);
    if (!first) continue;
    if (NOTE.test(first.text)) {
      if (EMPTY_NOTE.test(first.text)) emptyNote = true;
      continue;
    }
    for (const [gi, grp] of groups.entries()) {
      const group = groups.length > 1 ? gi : undefined;
      const codeText = clean(g.spanText(r, grp.code));
      const nameText = grp.name ? clean(g.spanText(r, grp.name)) : '';
      let code = digits(codeText);
      if (grp.kuan) {
        const kuan = digits(g.spanText(r, grp.kuan));
        if (code.length === 3) grp.lastLei = code;
        if (kuan && code.length !== 5) code = (code.length === 3 ? code : grp.lastLei) + kuan.padStart(2, '0').slice(-2);
      }
      if (/^\d{3}(\d{2})?$/.test(code)) {
        const row: Row = { line: r, code, name: nameText, labelCell: g.cell(r, grp.code)?.address ?? (grp.kuan ? g.cell(r, grp.kuan)?.address : undefined), amounts: {}, group };
        if (grp.amount) row.amounts.amount = ctx.amount(r, grp.amount, { code, name: nameText }, grp.path);
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
      const row: Row = { line: r, key: total[0], name: text, labelCell: g.cell(r, labelCol)?.address, amounts: {}, group };
      if (amountCol) row.amounts.amount = ctx.amount(r, amountCol, { name: text }, '决算数');
      rows.push(row);
    }
  }
  return { rows, empty: (emptyNote || rows.length === 0) && !hasNonZero(rows) };
}

/** The first amount column right of a label whose cell is not swallowed by the label's merge. */
function amountRightOf(ctx: SheetContext, r: number, labelCol: number, amounts: number[]): number | undefined {
  const g = ctx.grid;
  const candidates = amounts.filter((c) => c > labelCol).sort((a, b) => a - b);
  return candidates.find((c) => !g.masterOf(r, c)) ?? candidates[candidates.length - 1];
}
