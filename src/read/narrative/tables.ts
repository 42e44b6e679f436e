// The tables of a narrative as the workbook reader sees sheets: each Word table (with the lines
// printed above it: its title, 单位：万元) becomes a grid and goes through the same sheet reader, so
// a disclosure table is recognised by its title and header exactly as in a workbook.
import { TABLES, type TableDef } from '../../data/tables.js';
import type { Table } from '../../model/types.js';
import type { Block, NarrativeDoc } from '../../narrative/model.js';
import { clean } from '../../model/text.js';
import { address, type Grid, type GridCell } from '../grid.js';
import { readSheet, sheetMeta } from '../sheet.js';

/** Lines above a table that can carry its title and unit. */
const ABOVE = 3;

export interface AttachedTable {
  /** The reader's table; amounts' `source.cell` are grid addresses, mapped back by `blockAt`. */
  table: Table;
  /** The Word table's number in the document (1-based). */
  number: number;
  /** The narrative block at a grid address ("C5"): a table cell, or a line above the table. */
  blockAt: Map<string, Block>;
}

class TextCell implements GridCell {
  readonly kind = 'text' as const;
  readonly clean: string;
  constructor(
    readonly r: number,
    readonly c: number,
    readonly text: string,
  ) {
    this.clean = clean(text);
  }
  get address(): string {
    return address(this.r, this.c);
  }
}

/** One Word table and the lines above it → a grid, with merged cells as the workbook has them. */
function gridOf(name: string, above: Block[], cells: Block[]): { grid: Grid; blockAt: Map<string, Block> } {
  const rows: (GridCell | undefined)[][] = [];
  const masters = new Map<string, { r: number; c: number }>();
  const blockAt = new Map<string, Block>();
  let maxCol = 1;
  above.forEach((b, i) => {
    rows[i + 1] = [];
    rows[i + 1][1] = new TextCell(i + 1, 1, b.text);
    blockAt.set(address(i + 1, 1), b);
  });
  const top = above.length;
  for (const b of cells) maxCol = Math.max(maxCol, b.cell!.col + (b.cell!.span ?? 1) - 1);
  for (const b of cells) {
    const { row, col, span = 1, merged } = b.cell!;
    const r = top + row;
    (rows[r] ??= [])[col] = undefined;
    blockAt.set(address(r, col), b);
    if (merged) {
      // a vertical merge continues the cell above it (or that cell's master)
      const up = masters.get(`${r - 1},${col}`) ?? { r: r - 1, c: col };
      for (let c = col; c < col + span; c++) masters.set(`${r},${c}`, up);
    } else {
      if (b.text) rows[r][col] = new TextCell(r, col, b.text);
      for (let c = col + 1; c < col + span; c++) masters.set(`${r},${c}`, { r, c: col });
    }
  }
  const maxRow = rows.length - 1;
  const grid: Grid = {
    sheet: name,
    hidden: false,
    maxRow,
    maxCol,
    cell: (r, c) => rows[r]?.[c],
    masterOf: (r, c) => masters.get(`${r},${c}`),
    spanText: (r, c) => {
      const m = masters.get(`${r},${c}`);
      return (m ? rows[m.r]?.[m.c] : rows[r]?.[c])?.text ?? '';
    },
    spanClean: (r, c) => {
      const m = masters.get(`${r},${c}`);
      return (m ? rows[m.r]?.[m.c] : rows[r]?.[c])?.clean ?? '';
    },
  };
  return { grid, blockAt };
}

/**
 * Every table of the document that the workbook reader recognises as a disclosure table. `name`
 * gives each its sheet name in the readings (the table's place in the document).
 */
export function attachedTables(doc: NarrativeDoc, name: (number: number) => string, defs: TableDef[] = TABLES): AttachedTable[] {
  const byTable = new Map<number, Block[]>();
  const firstAt = new Map<number, number>();
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'cell' || !b.cell) return;
    const list = byTable.get(b.cell.table);
    if (list) list.push(b);
    else {
      byTable.set(b.cell.table, [b]);
      firstAt.set(b.cell.table, i);
    }
  });
  const out: AttachedTable[] = [];
  for (const [number, cells] of byTable) {
    // the lines printed just above the table (a heading may be its title), back to the previous table or chart
    const above: Block[] = [];
    for (let i = firstAt.get(number)! - 1; i >= 0 && above.length < ABOVE; i--) {
      const b = doc.blocks[i];
      if (b.kind !== 'p') break;
      above.unshift(b);
    }
    const { grid, blockAt } = gridOf(name(number), above, cells);
    // title, id and unit stand above the table or in its first rows: look for them only there
    const meta = sheetMeta({ ...grid, maxRow: Math.min(grid.maxRow, above.length + 2) }, defs);
    const res = readSheet(doc.file, grid, defs, '万元', meta);
    if (res.table?.core) out.push({ table: res.table, number, blockAt });
  }
  return out;
}
