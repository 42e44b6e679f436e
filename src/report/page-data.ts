// What the HTML report draws besides the findings: each recognised table as a grid of the cells the
// model read (at their sheet addresses), and the narrative's blocks. Plain data: it crosses worker
// threads and is made only when the HTML report is asked for.
import type { Table, WorkbookModel } from '../model/types.js';
import type { NarrativeDoc } from '../narrative/model.js';
import { columnName } from '../read/grid.js';

export interface SheetView {
  key: string;
  sheet: string;
  title: string;
  unit: string;
  /** Column letters in sheet order, with the header label the reader gave each (when any). */
  columns: { letter: string; label: string }[];
  /** Rows by sheet line: cell letter → text as shown. */
  rows: { line: number; cells: Record<string, string> }[];
}

export interface BlockView {
  index: number;
  kind: 'p' | 'cell' | 'header' | 'footer' | 'chart';
  text: string;
  section: string;
  heading?: number;
  cell?: { table: number; row: number; col: number; span?: number };
  chart?: { title: string; series: { name: string; categories: string[]; values: string[] }[] };
}

export interface FileView {
  path: string;
  sheets?: SheetView[];
  blocks?: BlockView[];
}

function sheetView(t: Table): SheetView {
  const cells = new Map<number, Record<string, string>>();
  const put = (address: string | undefined, text: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address ?? '');
    if (!m) return;
    const row = cells.get(+m[2]) ?? {};
    row[m[1]] ??= text;
    cells.set(+m[2], row);
  };
  const codeColumn = t.columns.find((c) => c.role.startsWith('code'));
  const nameColumn = t.columns.find((c) => c.role === 'name');
  for (const r of t.rows) {
    // a code table: the code in its column, the name in its own; else the label where it was read
    if (r.code && codeColumn) put(`${columnName(codeColumn.col)}${r.line}`, r.code);
    if (nameColumn && (r.code || !r.labelCell)) put(`${columnName(nameColumn.col)}${r.line}`, r.name);
    put(r.labelCell, r.name);
    for (const a of Object.values(r.amounts)) if (a) put(a.source.cell, a.shown);
  }
  const labels = new Map(t.columns.map((c) => [columnName(c.col), c.label]));
  const letters = new Set<string>(labels.keys());
  for (const row of cells.values()) for (const l of Object.keys(row)) letters.add(l);
  const order = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    key: t.key,
    sheet: t.sheet,
    title: t.title,
    unit: t.unit,
    columns: [...letters].sort((a, b) => order(a) - order(b)).map((letter) => ({ letter, label: labels.get(letter) ?? '' })),
    rows: [...cells].sort((a, b) => a[0] - b[0]).map(([line, c]) => ({ line, cells: c })),
  };
}

export function workbookView(path: string, model: WorkbookModel | undefined): FileView {
  return { path, sheets: model?.tables.filter((t) => t.core).map(sheetView) ?? [] };
}

export function narrativeView(path: string, doc: NarrativeDoc | undefined): FileView {
  return {
    path,
    blocks: (doc?.blocks ?? []).map((b) => ({
      index: b.index,
      kind: b.kind,
      text: b.text,
      section: b.section,
      ...(b.heading !== undefined ? { heading: b.heading } : {}),
      ...(b.cell ? { cell: { table: b.cell.table, row: b.cell.row, col: b.cell.col, ...(b.cell.span ? { span: b.cell.span } : {}) } } : {}),
      ...(b.chart ? { chart: { title: b.chart.title, series: b.chart.series.map((s) => ({ name: s.name, categories: s.categories, values: s.values.map((v) => (v ? v.toFixed() : '')) })) } } : {}),
    })),
  };
}
