// An exceljs worksheet flattened to a grid of plain cells: what was shown, and what it holds.
import type ExcelJS from 'exceljs';
import { decimalOfCell, fixed, groupThousands } from '../model/decimal.js';
import { clean } from '../model/text.js';
import { cellValue, columnOfAddress, isMergePlaceholder, type RowModel } from './cell-model.js';

export type CellKind = 'number' | 'text' | 'formula-nocache' | 'error' | 'date' | 'bool';

export interface GridCell {
  readonly r: number;
  readonly c: number;
  readonly address: string;
  readonly kind: CellKind;
  /** Text as displayed (number formatted by its number format). */
  readonly text: string;
  /** The number as stored; turned into an exact decimal through its shortest string. */
  readonly num?: number;
  /** Decimals the number format shows, when it fixes them. */
  readonly fmtDecimals?: number;
  readonly formula?: string;
  /** The text through model/text.ts clean(), made once. */
  readonly clean: string;
  /** The number format groups thousands. */
  readonly grouping?: boolean;
}

export interface Grid {
  sheet: string;
  hidden: boolean;
  maxRow: number;
  maxCol: number;
  cell(r: number, c: number): GridCell | undefined;
  /** Text at (r, c), or the text of the merged range covering it. */
  spanText(r: number, c: number): string;
  /** The same through clean() (spaces dropped, brackets and quotes unified). */
  spanClean(r: number, c: number): string;
  /** The merged range's top-left cell when (r, c) lies inside a merge. */
  masterOf(r: number, c: number): { r: number; c: number } | undefined;
}

const columnNames: string[] = [];

export function columnName(c: number): string {
  let name = columnNames[c];
  if (name === undefined) {
    name = '';
    for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    columnNames[c] = name;
  }
  return name;
}

export function address(r: number, c: number): string {
  return columnName(c) + r;
}

interface FormatInfo {
  decimals?: number;
  grouping: boolean;
}

const formats = new Map<string, FormatInfo>();

function formatInfo(numFmt: string | undefined): FormatInfo {
  const key = numFmt ?? '';
  let info = formats.get(key);
  if (!info) formats.set(key, (info = { decimals: formatDecimals(numFmt), grouping: !!numFmt && numFmt.split(';')[0].includes(',') }));
  return info;
}

/** Decimals fixed by an Excel number format ("#,##0.00_ " → 2); undefined for General/text. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return undefined;
  const first = numFmt.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(first)) return undefined;
  const m = /\.([0#?]+)/.exec(first);
  return m ? m[1].length : 0;
}


/** The number as the format shows it: rounded half up (exactly, on its decimal string), grouped. */
export function display(n: number, d: number | undefined, grouping: boolean): string {
  const plain = String(n);
  let s: string;
  if (d === undefined) s = /e/i.test(plain) ? decimalOfCell(n).toFixed() : plain;
  else {
    const dot = plain.indexOf('.');
    const have = dot < 0 ? 0 : plain.length - dot - 1;
    // pad when no rounding is needed; otherwise round the exact decimal
    s = have <= d && !/e/i.test(plain) ? (d === 0 ? plain : (dot < 0 ? plain + '.' : plain) + '0'.repeat(d - have)) : fixed(decimalOfCell(n), d);
  }
  return grouping ? groupThousands(s) : s;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((p) => p.text).join('');
}

class Cell implements GridCell {
  // one class for every cell keeps this loop fast on large sheets; the address, and a number's
  // displayed text, are made only when asked for (most cells of a correct table never are)
  private shown?: string;
  private cleaned?: string;
  constructor(
    readonly r: number,
    readonly c: number,
    readonly kind: CellKind,
    text: string | undefined,
    readonly formula?: string,
    readonly num?: number,
    readonly fmtDecimals?: number,
    readonly grouping = false,
  ) {
    this.shown = text;
  }
  get text(): string {
    return (this.shown ??= display(this.num!, this.fmtDecimals, this.grouping));
  }
  get address(): string {
    return address(this.r, this.c);
  }
  get clean(): string {
    return (this.cleaned ??= clean(this.text));
  }
}

function cellOf(r: number, c: number, kind: CellKind, text: string | undefined, formula?: string, num?: number, fmtDecimals?: number, grouping = false): GridCell {
  return new Cell(r, c, kind, text, formula, num, fmtDecimals, grouping);
}

function toCell(r: number, c: number, value: unknown, numFmt: string | undefined): GridCell | undefined {
  let v = value;
  let formula: string | undefined;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') {
    const fmt = formatInfo(numFmt);
    return cellOf(r, c, 'number', undefined, undefined, v, fmt.decimals, fmt.grouping);
  }
  if (typeof v === 'string') return v.trim() === '' ? undefined : cellOf(r, c, 'text', v);
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    formula = f.formula ?? f.sharedFormula;
    if (f.result === undefined || f.result === null) return cellOf(r, c, 'formula-nocache', '', formula);
    v = f.result;
    if (typeof v === 'object' && v !== null && 'error' in v) return cellOf(r, c, 'error', String((v as { error: string }).error), formula);
    if (typeof v === 'number') {
      const fmt = formatInfo(numFmt);
      return cellOf(r, c, 'number', undefined, formula, v, fmt.decimals, fmt.grouping);
    }
  }
  if (typeof v === 'string') return v.trim() === '' ? undefined : cellOf(r, c, 'text', v, formula);
  if (typeof v === 'boolean') return cellOf(r, c, 'bool', String(v), formula);
  if (v instanceof Date) return cellOf(r, c, 'date', v.toISOString().slice(0, 10), formula);
  if (typeof v === 'object' && v !== null) {
    if ('richText' in v) {
      const t = richText(v as { richText: { text: string }[] });
      return t.trim() === '' ? undefined : cellOf(r, c, 'text', t);
    }
    if ('text' in v) return cellOf(r, c, 'text', String((v as { text: unknown }).text));
    if ('error' in v) return cellOf(r, c, 'error', String((v as { error: unknown }).error));
  }
  return cellOf(r, c, 'text', String(v), formula);
}

/** Excel's column limit: r * COLS + c is a unique cell key. */
const COLS = 16384;

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

/** A worksheet as a grid: from its rows as the loader parsed them when given, else from exceljs's own. */
export function gridOf(ws: ExcelJS.Worksheet, models?: RowModel[]): Grid {
  const cells: (GridCell | undefined)[][] = [];
  let maxRow = 0;
  let maxCol = 0;
  // cells covered by a merge (not its top-left), keyed r * COLS + c
  const merged = new Map<number, { r: number; c: number }>();
  // the merged ranges: exceljs keeps them by master cell; its `model` getter would also build a model
  // of every row just to list them
  const kept = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  const refs = kept ? Object.values(kept).map((m) => m.range ?? '') : ((ws.model as { merges?: string[] }).merges ?? []);
  const merges = refs.map(parseRange).filter((x): x is Range => !!x);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) merged.set(r * COLS + c, { r: m.top, c: m.left });
  }
  const take = (r: number, c: number, value: unknown, numFmt: string | undefined) => {
    if (merged.size && merged.has(r * COLS + c)) return; // exceljs repeats the master's value in merged cells
    const g = toCell(r, c, value, numFmt);
    if (!g) return;
    (cells[r] ??= [])[c] = g;
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  };
  // exceljs's own rows and cells when it has them: its eachRow walks every row's cells twice (once
  // to ask whether the row has a value); a cell without one is skipped by toCell anyway
  const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (models)
    for (const row of models) {
      const r = row.number!;
      for (const m of row.cells ?? []) if (m && !isMergePlaceholder(m)) take(r, columnOfAddress(m.address!), cellValue(m), m.style?.numFmt);
    }
  else if (Array.isArray(rows))
    for (const row of rows) {
      if (!row) continue;
      const own = (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells;
      if (Array.isArray(own)) for (let i = 0; i < own.length; i++) own[i] && take(row.number, i + 1, own[i]!.value, own[i]!.numFmt);
      else row.eachCell({ includeEmpty: false }, (cell, c) => take(row.number, c, cell.value, cell.numFmt));
    }
  else ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => take(r, c, cell.value, cell.numFmt)));
  const grid: Grid = {
    sheet: ws.name,
    hidden: ws.state !== undefined && ws.state !== 'visible',
    maxRow,
    maxCol,
    cell: (r, c) => cells[r]?.[c],
    masterOf: (r, c) => merged.get(r * COLS + c),
    spanText: (r, c) => {
      const m = merged.size ? merged.get(r * COLS + c) : undefined;
      const cell = m ? cells[m.r]?.[m.c] : cells[r]?.[c];
      return cell?.text ?? '';
    },
    spanClean: (r, c) => {
      const m = merged.size ? merged.get(r * COLS + c) : undefined;
      const cell = m ? cells[m.r]?.[m.c] : cells[r]?.[c];
      return cell?.clean ?? '';
    },
  };
  return grid;
}
