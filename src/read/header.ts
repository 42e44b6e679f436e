// Find a table's header block and give each column its label path and role.
// Layout features read by meaning, not by position: bands (收入/支出, 本年支出) merged over their
// columns or written once to the left of an unmerged run; 栏次 rows; split 类|款|项 code columns;
// the 合计 row printed on the same row as the 类|款|项 labels (or under the name column's label).
import { CODE_PARTS, HEADER_WORDS, LABEL_COLUMN, LINE_LABEL, TOTAL_ROW } from '../data/headers.js';
import type { RoleDef, TableDef } from '../data/tables.js';
import { clean } from '../model/text.js';
import type { Grid, GridCell } from './grid.js';

export interface HeaderColumn {
  col: number;
  /** Header texts from top to bottom (merged cells repeated, duplicates dropped). */
  path: string[];
  /** The path as one label ("本年支出/基本支出"). */
  label: string;
  role?: string;
  /** Row of the deepest header text of this column. */
  bottom: number;
}

export interface Header {
  top: number;
  /** Last header row (栏次 row included). */
  bottom: number;
  columns: HeaderColumn[];
  /** The 合计 row when it shares the last header row (its label under the code or name column). */
  totalRow?: number;
  /** A money unit printed in a header label ("金额（万元）"). */
  unit?: '万元' | '千元' | '元';
}

const wordSets = new WeakMap<TableDef[], Set<string>>();

/** Header words: the standard ones and every exact label the config added to a role. */
export function headerWords(defs: TableDef[]): Set<string> {
  let set = wordSets.get(defs);
  if (!set) {
    set = new Set(HEADER_WORDS);
    for (const d of defs) for (const c of d.columns) for (const w of c.words ?? []) set.add(clean(w));
    wordSets.set(defs, set);
  }
  return set;
}

const NUMBER_TEXT = /^[-－—–]+$|^[\d０-９,，.．]+$/;

export function isNumberLike(cell: GridCell): boolean {
  if (cell.kind === 'number') return true;
  return cell.kind === 'text' && NUMBER_TEXT.test(cell.text.trim());
}

/** A 栏次 row: "栏次" and/or the column numbers 1, 2, 3 … */
export function isColumnNumbers(grid: Grid, r: number): boolean {
  const nums: number[] = [];
  let label = false;
  for (let c = 1; c <= grid.maxCol; c++) {
    const cell = grid.cell(r, c);
    if (!cell) continue;
    const t = clean(cell.text);
    if (LINE_LABEL.test(t)) label = true;
    else if (/^\d{1,2}$/.test(t)) nums.push(+t);
    else if (t !== '') return false;
  }
  if (label) return true;
  return nums.length >= 2 && nums[0] === 1 && nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

type RowKind = 'blank' | 'header' | 'numbers' | 'other';

function rowKind(grid: Grid, r: number, words: Set<string>): RowKind {
  let any = false;
  let known = 0;
  let parts = 0;
  let numeric = false;
  let onlyTotal = true;
  for (let c = 1; c <= grid.maxCol; c++) {
    const cell = grid.cell(r, c);
    if (!cell) continue;
    any = true;
    const t = cell.clean;
    if (t !== '合计') onlyTotal = false;
    if (isNumberLike(cell)) numeric = true;
    else if (words.has(t) || words.has(t.replace(UNIT_SUFFIX, ''))) {
      known++;
      if (CODE_PARTS.includes(t)) parts++;
    }
  }
  if (!any) {
    // a row covered by vertical merges from the row above still belongs to the header
    for (let c = 1; c <= grid.maxCol; c++) {
      const m = grid.masterOf(r, c);
      if (m && m.r < r) return 'header';
    }
    return 'blank';
  }
  // a 合计 row with its amounts still blank (a form to fill in) is the body's first row, not a header row
  if (onlyTotal) return 'other';
  if (isColumnNumbers(grid, r)) return 'numbers';
  // 类 | 款 | 项 labels are header cells even when the 合计 row's amounts share their row
  if (parts >= 2) return 'header';
  if (known > 0 && !numeric) return 'header';
  return 'other';
}

/** A money unit printed in a header label ("金额（万元）"): read as the unit, and not part of the label. */
const UNIT_SUFFIX = /（(万元|千元|元)）$/;

/** The header text of (r, c): its own or its merge's; numbers are not header text. */
function headText(grid: Grid, r: number, c: number, units: string[]): string {
  const m = grid.masterOf(r, c);
  const cell = m ? grid.cell(m.r, m.c) : grid.cell(r, c);
  if (!cell || isNumberLike(cell)) return '';
  const t = cell.clean;
  const unit = UNIT_SUFFIX.exec(t);
  if (!unit) return t;
  units.push(unit[1]);
  return t.slice(0, unit.index);
}

/** Locate the header below `from`: the first run of header rows (blank rows inside skipped). */
export function findHeader(grid: Grid, from: number, words: Set<string> = headerWords([])): Header | undefined {
  let top = 0;
  for (let r = from; r <= Math.min(grid.maxRow, from + 15); r++) {
    if (rowKind(grid, r, words) === 'header') {
      top = r;
      break;
    }
  }
  if (!top) return undefined;
  let bottom = top;
  const textRows: number[] = [top];
  for (let r = top + 1; r <= grid.maxRow; r++) {
    const kind = rowKind(grid, r, words);
    if (kind === 'header') {
      textRows.push(r);
      bottom = r;
    } else if (kind === 'numbers') bottom = r;
    else if (kind === 'blank') continue;
    else break;
  }
  const cols = grid.maxCol;
  // texts[i][c]: header text of textRows[i] in column c, bands carried over their unmerged run
  const units: string[] = [];
  const texts: string[][] = textRows.map((r) => {
    const row: string[] = [];
    for (let c = 1; c <= cols; c++) row[c] = headText(grid, r, c, units);
    return row;
  });
  const below = (i: number, c: number) => {
    for (let j = i + 1; j < textRows.length; j++) if (texts[j][c]) return true;
    return false;
  };
  const labelsBelow = (i: number, c: number) => {
    for (let j = i + 1; j < textRows.length; j++) if (texts[j][c] && !LABEL_COLUMN.test(texts[j][c])) return false;
    return true;
  };
  for (let i = 0; i < textRows.length - 1; i++) {
    const row = texts[i];
    const own = [...row];
    for (let c = 2; c <= cols; c++) {
      if (own[c] || grid.masterOf(textRows[i], c) || !below(i, c)) continue;
      // the nearest label to the left, if it heads columns of its own and sits under the same bands
      let l = c - 1;
      while (l >= 1 && !own[l]) l--;
      if (l < 1 || !below(i, l)) continue;
      // 项目 / 科目编码 over the label columns never reaches an amount column
      if (LABEL_COLUMN.test(own[l]) && !labelsBelow(i, c)) continue;
      let sameBands = true;
      for (let j = 0; j < i && sameBands; j++) sameBands = texts[j][l] === texts[j][c];
      if (sameBands) row[c] = row[l];
    }
  }
  const columns: HeaderColumn[] = [];
  let totalRow: number | undefined;
  const last = textRows.length - 1;
  for (let c = 1; c <= cols; c++) {
    const path: string[] = [];
    let deepest = 0;
    for (let i = 0; i <= last; i++) {
      const t = texts[i][c];
      if (!t) continue;
      deepest = i;
      if (path[path.length - 1] !== t) path.push(t);
    }
    if (!path.length) continue;
    // "合计" in the last header row under a code or name label is the 合计 row's own label
    if (path.length > 1 && deepest === last && TOTAL_ROW.test(path[path.length - 1]) && path.slice(0, -1).some((p) => LABEL_COLUMN.test(p))) {
      path.pop();
      totalRow = textRows[last];
      deepest = last - 1;
    }
    columns.push({ col: c, path, label: path.join('/'), bottom: textRows[deepest] });
  }
  return { top, bottom, columns, totalRow, unit: units[0] as Header['unit'] };
}

/**
 * A row of the body that repeats the header (a page break in a printed table): two or more of its
 * cells equal their column's header labels, or it is a 栏次 row.
 */
export function isHeaderRepeat(grid: Grid, r: number, header: Header): boolean {
  let same = 0;
  for (const h of header.columns) {
    const cell = grid.cell(r, h.col);
    if (!cell) continue;
    const t = clean(cell.text);
    if (h.path.includes(t) && ++same >= 2) return true;
  }
  return isColumnNumbers(grid, r);
}

function fits(def: RoleDef, path: string[]): boolean {
  const deepest = path[path.length - 1];
  const parents = path.slice(0, -1).join('|');
  if (!def.match.test(deepest) && !def.words?.includes(deepest)) return false;
  if (def.under && !def.under.test(parents)) return false;
  if (def.notUnder && def.notUnder.test(parents)) return false;
  return true;
}

/** Give each column the first role it fits; each role goes to one column unless `multi`. */
export function assignRoles(header: Header, defs: RoleDef[], multi = false): Map<string, HeaderColumn[]> {
  const byRole = new Map<string, HeaderColumn[]>();
  for (const def of defs) {
    for (const column of header.columns) {
      if (column.role) continue;
      if (!multi && byRole.has(def.role)) break;
      if (fits(def, column.path)) {
        column.role = def.role;
        byRole.set(def.role, [...(byRole.get(def.role) ?? []), column]);
      }
    }
  }
  return byRole;
}
