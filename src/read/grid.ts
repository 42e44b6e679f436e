// An exceljs worksheet flattened to a grid of plain cells: what was shown, and what it holds.
import type ExcelJS from 'exceljs';
import { decimalsOf, fixed, fromCellNumber, type Dec } from '../model/decimal.js';

export type CellKind = 'number' | 'text' | 'formula-nocache' | 'error' | 'date' | 'bool';

export interface GridCell {
  r: number;
  c: number;
  address: string;
  kind: CellKind;
  /** Text as displayed (number formatted by its number format). */
  text: string;
  /** Exact value of a number cell (or a formula's cached number). */
  num?: Dec;
  /** Decimals the number format shows, when it fixes them. */
  fmtDecimals?: number;
  formula?: string;
}

export interface Grid {
  sheet: string;
  hidden: boolean;
  maxRow: number;
  maxCol: number;
  cell(r: number, c: number): GridCell | undefined;
  /** Text at (r, c), or the text of the merged range covering it. */
  spanText(r: number, c: number): string;
  /** The merged range's top-left cell when (r, c) lies inside a merge. */
  masterOf(r: number, c: number): { r: number; c: number } | undefined;
}

export function columnName(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function address(r: number, c: number): string {
  return columnName(c) + r;
}

/** Decimals fixed by an Excel number format ("#,##0.00_ " → 2); undefined for General/text. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return undefined;
  const first = numFmt.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(first)) return undefined;
  const m = /\.([0#?]+)/.exec(first);
  return m ? m[1].length : 0;
}

function thousands(s: string): string {
  const [i, f] = s.split('.');
  const neg = i.startsWith('-');
  const body = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + body + (f !== undefined ? '.' + f : '');
}

function display(num: Dec, numFmt: string | undefined): { text: string; fmtDecimals?: number } {
  const d = formatDecimals(numFmt);
  if (d === undefined) return { text: num.toFixed(Math.min(decimalsOf(num), 10)) };
  const s = fixed(num, d);
  return { text: numFmt && numFmt.split(';')[0].includes(',') ? thousands(s) : s, fmtDecimals: d };
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((p) => p.text).join('');
}

function toCell(r: number, c: number, cell: ExcelJS.Cell): GridCell | undefined {
  const base = { r, c, address: address(r, c) };
  let v: unknown = cell.value;
  let formula: string | undefined;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    formula = f.formula ?? f.sharedFormula;
    if (f.result === undefined || f.result === null) return { ...base, kind: 'formula-nocache', text: '', formula };
    v = f.result;
    if (typeof v === 'object' && v !== null && 'error' in v) return { ...base, kind: 'error', text: String((v as { error: string }).error), formula };
  }
  if (typeof v === 'number') {
    const num = fromCellNumber(v);
    return { ...base, kind: 'number', num, ...display(num, cell.numFmt), formula };
  }
  if (typeof v === 'string') return v.trim() === '' ? undefined : { ...base, kind: 'text', text: v, formula };
  if (typeof v === 'boolean') return { ...base, kind: 'bool', text: String(v), formula };
  if (v instanceof Date) return { ...base, kind: 'date', text: v.toISOString().slice(0, 10), formula };
  if (typeof v === 'object' && v !== null) {
    if ('richText' in v) {
      const t = richText(v as { richText: { text: string }[] });
      return t.trim() === '' ? undefined : { ...base, kind: 'text', text: t };
    }
    if ('text' in v) return { ...base, kind: 'text', text: String((v as { text: unknown }).text) };
    if ('error' in v) return { ...base, kind: 'error', text: String((v as { error: unknown }).error) };
  }
  return { ...base, kind: 'text', text: String(v) };
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): Range | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: +m[2], left: col(m[1]), bottom: +m[4], right: col(m[3]) };
}

export function gridOf(ws: ExcelJS.Worksheet): Grid {
  const cells = new Map<number, Map<number, GridCell>>();
  let maxRow = 0;
  let maxCol = 0;
  const merged = new Map<string, { r: number; c: number }>();
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((x): x is Range => !!x);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) merged.set(`${r},${c}`, { r: m.top, c: m.left });
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (merged.has(`${r},${c}`)) return; // exceljs repeats the master's value in merged cells
      const g = toCell(r, c, cell);
      if (!g) return;
      let line = cells.get(r);
      if (!line) cells.set(r, (line = new Map()));
      line.set(c, g);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    });
  });
  const grid: Grid = {
    sheet: ws.name,
    hidden: ws.state !== undefined && ws.state !== 'visible',
    maxRow,
    maxCol,
    cell: (r, c) => cells.get(r)?.get(c),
    masterOf: (r, c) => merged.get(`${r},${c}`),
    spanText: (r, c) => {
      const m = merged.get(`${r},${c}`);
      const cell = m ? cells.get(m.r)?.get(m.c) : cells.get(r)?.get(c);
      return cell?.text ?? '';
    },
  };
  return grid;
}
