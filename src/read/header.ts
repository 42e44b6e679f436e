// Find a table's header block and give each column its label path and role.
import type { RoleDef } from '../data/tables.js';
import { clean } from '../model/text.js';
import type { Grid, GridCell } from './grid.js';

export interface HeaderColumn {
  col: number;
  /** Header texts from top to bottom (merged cells repeated, duplicates dropped). */
  path: string[];
  /** The path as one label ("本年支出/基本支出"). */
  label: string;
  role?: string;
}

export interface Header {
  top: number;
  /** Last header row (栏次 row included). */
  bottom: number;
  columns: HeaderColumn[];
}

/** Words that only ever appear in header rows. */
const HEADER_WORDS =
  /^(项目|科目编码|功能分类科目编码|经济分类科目编码|科目代码|编码|科目名称|名称|行次|栏次|类|款|项|收入|支出|金额|决算数|预算数|合计|小计|本年收入合计|本年支出合计|本年收入|本年支出|基本支出|项目支出|人员经费|公用经费|年初结转和结余|年末结转和结余|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入|上缴上级支出|经营支出|对附属单位补助支出|一般公共预算财政拨款|政府性基金预算财政拨款|国有资本经营预算财政拨款|因公出国（境）费|公务用车购置及运行维护费|公务用车购置及运行费|公务用车购置费|公务用车运行维护费|公务用车运行费|公务接待费|年初预算数?|全年预算数?|调整预算数?)$/;

function isNumberLike(cell: GridCell): boolean {
  if (cell.kind === 'number') return true;
  return cell.kind === 'text' && /^[-－—]$|^[\d０-９,，.．]+$/.test(cell.text.trim());
}

/** A 栏次 row: "栏次" and/or the column numbers 1, 2, 3 … */
function isColumnNumbers(grid: Grid, r: number): boolean {
  const nums: number[] = [];
  let label = false;
  for (let c = 1; c <= grid.maxCol; c++) {
    const cell = grid.cell(r, c);
    if (!cell) continue;
    const t = clean(cell.text);
    if (t === '栏次' || t === '行次') label = true;
    else if (/^\d{1,2}$/.test(t)) nums.push(+t);
    else if (t !== '') return false;
  }
  if (label) return true;
  return nums.length >= 2 && nums.every((n, i) => i === 0 || n === nums[i - 1] + 1) && nums[0] === 1;
}

function rowKind(grid: Grid, r: number): 'blank' | 'header' | 'numbers' | 'other' {
  let any = false;
  let words = 0;
  let numeric = false;
  const texts = new Set<string>();
  for (let c = 1; c <= grid.maxCol; c++) {
    const cell = grid.cell(r, c);
    if (!cell) continue;
    any = true;
    const t = clean(cell.text);
    if (t) texts.add(t);
    if (isNumberLike(cell)) numeric = true;
    else if (HEADER_WORDS.test(t)) words++;
  }
  // a 合计 row with its amounts still blank (a form to fill in) is the body's first row, not a header row
  if (texts.size === 1 && texts.has('合计')) return 'other';
  if (!any) {
    // a row covered by vertical merges from the row above still belongs to the header
    for (let c = 1; c <= grid.maxCol; c++) if (grid.masterOf(r, c)?.r !== undefined && grid.masterOf(r, c)!.r < r) return 'header';
    return 'blank';
  }
  if (isColumnNumbers(grid, r)) return 'numbers';
  if (words > 0 && !numeric) return 'header';
  return 'other';
}

/** Locate the header below `from`: the first run of header rows (blank rows inside skipped). */
export function findHeader(grid: Grid, from: number): Header | undefined {
  let top = 0;
  for (let r = from; r <= Math.min(grid.maxRow, from + 15); r++) {
    if (rowKind(grid, r) === 'header') {
      top = r;
      break;
    }
  }
  if (!top) return undefined;
  let bottom = top;
  const textRows: number[] = [top];
  for (let r = top + 1; r <= grid.maxRow; r++) {
    const kind = rowKind(grid, r);
    if (kind === 'header') {
      textRows.push(r);
      bottom = r;
    } else if (kind === 'numbers') bottom = r;
    else if (kind === 'blank') continue;
    else break;
  }
  const columns: HeaderColumn[] = [];
  for (let c = 1; c <= grid.maxCol; c++) {
    const path: string[] = [];
    for (const r of textRows) {
      const t = clean(grid.spanText(r, c));
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    if (path.length) columns.push({ col: c, path, label: path.join('/') });
  }
  return { top, bottom, columns };
}

function fits(def: RoleDef, path: string[]): boolean {
  const deepest = path[path.length - 1];
  const parents = path.slice(0, -1).join('|');
  if (!def.match.test(deepest)) return false;
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
