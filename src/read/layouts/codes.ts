// Tables whose rows are classification codes: T02, T03, T05, T08, T09.
import type { Row } from '../../model/types.js';
import { normaliseDigits } from '../../model/decimal.js';
import { clean } from '../../model/text.js';
import type { SheetContext } from '../context.js';
import type { Header, HeaderColumn } from '../header.js';
import { address } from '../grid.js';

const TOTAL = /^(合计|总计|本年合计|合计数)$/;
const NOTE = /^(注|说明|备注)[：:]?|^本表/;
export const EMPTY_NOTE = /无数据|本表为空|无此项|无相关数据|空表/;

export interface CodeRowsResult {
  rows: Row[];
  empty: boolean;
}

/** The digits of a code cell; '' when the cell holds anything else. */
function digits(text: string): string {
  const t = normaliseDigits(clean(text));
  return /^\d+$/.test(t) ? t : '';
}

/** "03" / 3 → "03"; '' when blank. */
function part(text: string, width: number): string {
  const d = digits(text);
  return d === '' ? '' : d.padStart(width, '0').slice(-width);
}

export function readCodeRows(ctx: SheetContext, header: Header, roles: Map<string, HeaderColumn[]>): CodeRowsResult {
  const g = ctx.grid;
  const col = (role: string) => roles.get(role)?.[0]?.col;
  const codeCol = col('code');
  const split = [col('code.lei'), col('code.kuan'), col('code.xiang')];
  const nameCol = col('name');
  const amountCols = header.columns.filter((h) => h.role && !h.role.startsWith('code') && h.role !== 'name' && h.role !== 'line');
  const rows: Row[] = [];
  let empty = false;
  let lastLei = '';
  let lastKuan = '';
  for (let r = header.bottom + 1; r <= g.maxRow; r++) {
    const first = firstText(ctx, r);
    if (first === undefined) continue;
    if (EMPTY_NOTE.test(first.text)) empty = true;
    if (NOTE.test(first.text)) continue;
    const codeText = codeCol ? clean(g.spanText(r, codeCol)) : '';
    const nameText = nameCol ? clean(g.spanText(r, nameCol)) : '';
    const labelCol = codeCol ?? split[0] ?? nameCol ?? first.c;
    let code = '';
    if (codeCol) code = digits(codeText);
    else if (split[0]) {
      let lei = part(g.spanText(r, split[0]), 3);
      let kuan = split[1] ? part(g.spanText(r, split[1]), 2) : '';
      const xiang = split[2] ? part(g.spanText(r, split[2]), 2) : '';
      // sparse layouts print only the new part of the code
      if (!lei && (kuan || xiang)) lei = lastLei;
      if (!kuan && xiang) kuan = lastKuan;
      if (lei) lastLei = lei;
      if (kuan) lastKuan = kuan;
      code = lei + kuan + xiang;
    }
    const labelText = (codeCol ? codeText : split[0] ? clean(g.spanText(r, split[0])) : '') || nameText;
    const isTotal = TOTAL.test(labelText) || TOTAL.test(nameText);
    // a 栏次 repeat or a row without code or name is not a data row
    if (!isTotal && !code && !nameText) continue;
    const row: Row = { line: r, name: nameText || labelText, amounts: {}, labelCell: address(r, labelCol) };
    if (isTotal) {
      row.key = 'total';
      row.name = '合计';
    } else if (/^\d{3}(\d{2}){0,2}$/.test(code)) row.code = code;
    else {
      if (code) ctx.notice('read-code-invalid', 'warning', { code: codeText || code }, g.cell(r, labelCol)?.address, { name: row.name });
      row.key = 'other';
    }
    for (const h of amountCols) row.amounts[h.role!] = ctx.amount(r, h.col, { code: row.code, name: row.name }, h.label);
    rows.push(row);
  }
  return { rows, empty };
}

export function firstText(ctx: SheetContext, r: number): { c: number; text: string } | undefined {
  for (let c = 1; c <= ctx.grid.maxCol; c++) {
    const cell = ctx.grid.cell(r, c);
    if (cell && cell.text.trim() !== '') return { c, text: clean(cell.text) };
  }
  return undefined;
}
