// Tables whose rows are classification codes: T02, T03, T05, T08, T09.
// Codes in one column (201, 20103, 2010301) or split into 类 | 款 | 项, the higher parts repeated on
// every row, printed once, or left blank; the 合计 row at the top, at the bottom, or on the header's
// last row. Rows that are not data (notes, repeated headers, unit lines, wrapped names) are skipped.
import { EMPTY_NOTE, META_LINE, NOTE, TOTAL_ROW } from '../../data/headers.js';
import type { Amount, Row } from '../../model/types.js';
import { normaliseDigits } from '../../model/decimal.js';
import { clean } from '../../model/text.js';
import type { SheetContext } from '../context.js';
import { isHeaderRepeat, type Header, type HeaderColumn } from '../header.js';
import { address } from '../grid.js';

export { EMPTY_NOTE };

export interface CodeRowsResult {
  rows: Row[];
  empty: boolean;
}

/** The digits of a code cell; '' when the cell holds anything else. */
function digits(text: string): string {
  if (DIGITS.test(text)) return text;
  const t = normaliseDigits(clean(text));
  return DIGITS.test(t) ? t : '';
}

const DIGITS = /^\d+$/;

/** "03" / 3 → "03"; '' when blank. */
function part(text: string, width: number): string {
  const d = digits(text);
  return d === '' ? '' : d.padStart(width, '0').slice(-width);
}

/** A name printed with its code in one cell ("2010301 行政运行"). */
const CODE_AND_NAME = /^(\d{3}(?:\d{2}){0,2})[\s、.．]*([\u4e00-\u9fa5].*)$/;

export function hasNonZero(rows: Row[]): boolean {
  for (const r of rows)
    for (const k in r.amounts) {
      const a = r.amounts[k];
      if (a && (a.fen !== undefined ? a.fen !== 0n : !a.value.eq(0))) return true;
    }
  return false;
}

export function readCodeRows(ctx: SheetContext, header: Header, roles: Map<string, HeaderColumn[]>): CodeRowsResult {
  const g = ctx.grid;
  const col = (role: string) => roles.get(role)?.[0]?.col;
  const codeCol = col('code');
  const split = [col('code.lei'), col('code.kuan'), col('code.xiang')];
  const nameCol = col('name');
  const amountCols = header.columns.filter((h) => h.role && !h.role.startsWith('code') && h.role !== 'name' && h.role !== 'line');
  const rows: Row[] = [];
  let emptyNote = false;
  let lastLei = '';
  let lastKuan = '';
  if (header.totalRow) {
    // the 合计 row on the header's last row: its amounts are the cells below complete column headers
    const r = header.totalRow;
    const labelCol = nameCol ?? codeCol ?? split[0] ?? 1;
    const row: Row = { line: r, key: 'total', name: '合计', amounts: {}, labelCell: address(r, labelCol) };
    for (const h of amountCols) if (h.bottom < r) row.amounts[h.role!] = ctx.amount(r, h.col, { name: '合计' }, h.label);
    rows.push(row);
  }
  for (let r = header.bottom + 1; r <= g.maxRow; r++) {
    const first = firstText(ctx, r);
    if (first === undefined) continue;
    if (NOTE.test(first.text)) {
      if (EMPTY_NOTE.test(first.text)) emptyNote = true;
      continue;
    }
    if (META_LINE.test(first.text)) continue;
    const codeText = codeCol ? g.spanClean(r, codeCol) : '';
    let nameText = nameCol ? g.spanClean(r, nameCol) : '';
    const labelCol = codeCol ?? split[0] ?? nameCol ?? first.c;
    let code = '';
    if (codeCol) code = digits(codeText);
    else if (split[0]) {
      const whole = digits(g.spanText(r, split[0]));
      let lei = part(g.spanText(r, split[0]), 3);
      let kuan = split[1] ? part(g.spanText(r, split[1]), 2) : '';
      const xiang = split[2] ? part(g.spanText(r, split[2]), 2) : '';
      // a 类 row printed on its own starts a new class: no 款 carries over into it
      if (lei && !kuan && !xiang) lastKuan = '';
      if ((whole.length === 5 || whole.length === 7) && !kuan && !xiang) {
        // the whole code written in the 类 column
        code = whole;
        lastLei = whole.slice(0, 3);
        if (whole.length === 7) lastKuan = whole.slice(3, 5);
      } else {
        // sparse layouts print only the new part of the code
        if (!lei && (kuan || xiang)) lei = lastLei;
        if (!kuan && xiang) kuan = lastKuan;
        if (lei) lastLei = lei;
        if (kuan) lastKuan = kuan;
        code = lei + kuan + xiang;
      }
    }
    if (!code && !codeCol && !split[0]) {
      const both = CODE_AND_NAME.exec(nameText);
      if (both) [code, nameText] = [both[1], both[2]];
    }
    const labelText = (codeCol ? codeText : split[0] ? g.spanClean(r, split[0]) : '') || nameText;
    const isTotal = TOTAL_ROW.test(labelText) || TOTAL_ROW.test(nameText);
    if (!isTotal && !code) {
      // not a data row unless it has a name and at least one amount (a code left out)
      if (!nameText || isHeaderRepeat(g, r, header)) continue;
      const amounts = looseAmounts(ctx, r, amountCols, nameText);
      if (!amounts) continue;
      rows.push({ line: r, name: nameText, key: 'other', amounts, labelCell: address(r, labelCol) });
      continue;
    }
    const row: Row = { line: r, name: nameText || labelText, amounts: {}, labelCell: address(r, labelCol) };
    if (isTotal) {
      row.key = 'total';
      row.name = '合计';
    } else if (/^\d{3}(\d{2}){0,2}$/.test(code)) row.code = code;
    else {
      ctx.notice('read-code-invalid', 'warning', { code: codeText || code }, g.cell(r, labelCol)?.address, { name: row.name });
      row.key = 'other';
    }
    const label = { code: row.code, name: row.name };
    for (const h of amountCols) row.amounts[h.role!] = ctx.amount(r, h.col, label, h.label);
    rows.push(row);
  }
  return { rows, empty: (emptyNote || rows.length === 0) && !hasNonZero(rows) };
}

/** A row's amounts when every cell is a number or blank and one is filled; otherwise undefined (not a data row). */
function looseAmounts(ctx: SheetContext, r: number, cols: HeaderColumn[], name: string): Row['amounts'] | undefined {
  const out: Record<string, Amount | undefined> = {};
  let filled = false;
  for (const h of cols) {
    const a = ctx.peek(r, h.col, { name }, h.label);
    if (!a) return undefined;
    if (a.shown !== '') filled = true;
    out[h.role!] = a;
  }
  return filled ? out : undefined;
}

export function firstText(ctx: SheetContext, r: number): { c: number; text: string } | undefined {
  for (let c = 1; c <= ctx.grid.maxCol; c++) {
    const cell = ctx.grid.cell(r, c);
    if (cell && cell.text.trim() !== '') return { c, text: cell.clean };
  }
  return undefined;
}
