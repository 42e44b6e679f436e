// Tables of the narrative (Word tables, tab-led or markdown rows): rows of cells with their label,
// their numbers, and whether the row is a subtotal. A table repeating the header of the one before
// continues it (a page break). A table whose rows carry classification codes is a workbook table.
import { Big, type Dec } from '../../model/decimal.js';
import type { Claims } from '../claims.js';
import { SUBTOTAL_WORDS } from '../lexicon.js';
import type { Block } from '../model.js';
import { digitsFrom, isDigit } from '../scan.js';

export interface TableLine {
  label: string;
  cells: Block[];
  values: (Dec | undefined)[];
  /** The row's last label ends in 小计/合计/总计. */
  subtotal: boolean;
}

export interface NarrativeTable {
  lines: TableLine[];
  /** Its rows are coded ("201", "20101"): a disclosure table, checked by the workbook rules. */
  coded: boolean;
}

/** A cell that is one amount: "-12.50", "3万元", "17000元". */
function amountOf(text: string): Dec | undefined {
  let s = text;
  if (s.endsWith('万元')) s = s.slice(0, -2);
  else if (s.endsWith('元')) s = s.slice(0, -1);
  let i = s.startsWith('-') ? 1 : 0;
  const d = digitsFrom(s, i);
  if (d === i) return undefined;
  i = d;
  if (s[i] === '.') {
    const e = digitsFrom(s, i + 1);
    if (e === i + 1) return undefined;
    i = e;
  }
  return i === s.length ? new Big(s) : undefined;
}

/** "201", "20101", "2010101". */
function isCode(text: string): boolean {
  return (text.length === 3 || text.length === 5 || text.length === 7) && [...text].every(isDigit);
}

export function tables(blocks: Block[], claims: Claims): void {
  const byTable = new Map<number, Block[][]>();
  for (const b of blocks) {
    if (b.kind !== 'cell' || !b.cell) continue;
    const rows = byTable.get(b.cell.table) ?? [];
    (rows[b.cell.row - 1] ??= []).push(b);
    byTable.set(b.cell.table, rows);
  }
  const out: TableLine[][] = [];
  let prevHeader = '';
  for (const rows of byTable.values()) {
    const lines = rows.filter(Boolean).map((cells): TableLine => {
      const byCol: Block[] = [];
      for (const c of cells) byCol[c.cell!.col - 1] = c;
      const label = cells.filter((c) => c.text && amountOf(c.text) === undefined).map((c) => c.text).join('|');
      const last = label.split('|').pop() ?? '';
      return {
        label,
        cells: byCol,
        values: Array.from(byCol, (c) => (c ? amountOf(c.text) : undefined)),
        subtotal: SUBTOTAL_WORDS.some((w) => last.endsWith(w)),
      };
    });
    const header = lines[0]?.label ?? '';
    const last = out[out.length - 1];
    if (header && header === prevHeader && last) for (const l of lines.slice(1)) last.push(l);
    else out.push(lines);
    prevHeader = header;
  }
  for (const lines of out) claims.tables.push({ lines, coded: lines.some((l) => isCode(l.cells.find((c) => c?.text)?.text ?? '')) });
}
