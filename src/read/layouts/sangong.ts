// T07: one data row of 预算数/决算数 for 合计, 因公出国（境）费, 公务用车 (小计, 购置, 运行维护)
// and 公务接待费, whichever way the header groups them — or, printed the other way round, one row
// per item under a 预算数 | 决算数 header.
import { NOTE } from '../../data/headers.js';
import type { Row } from '../../model/types.js';
import { clean, label } from '../../model/text.js';
import type { SheetContext } from '../context.js';
import type { GridCell } from '../grid.js';
import { isHeaderRepeat, isNumberLike, type Header } from '../header.js';

const ITEMS: [string, RegExp][] = [
  ['carBuy', /公务用车购置费$|^购置费$/],
  ['carRun', /公务用车运行(维护)?费$|^运行(维护)?费$/],
  ['car', /公务用车购置及运行/],
  ['abroad', /因公出国/],
  ['reception', /公务接待/],
  ['total', /^合计$/],
];

/** Role of a header column: "budget.total", "actual.carRun" …; undefined when it is neither. */
export function sangongRole(path: string[]): string | undefined {
  const joined = path.join('|');
  const kind = /决算/.test(joined) ? 'actual' : /预算/.test(joined) ? 'budget' : undefined;
  if (!kind) return undefined;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (/^(预算数?|决算数?)$/.test(seg)) continue;
    if (/^小计$/.test(seg)) return joined.includes('公务用车') ? `${kind}.car` : `${kind}.total`;
    const item = ITEMS.find(([, re]) => re.test(seg));
    if (item) return `${kind}.${item[0]}`;
  }
  return undefined;
}

export function assignSangong(header: Header): Set<string> {
  const found = new Set<string>();
  for (const h of header.columns) {
    const role = sangongRole(h.path);
    if (role && !found.has(role)) {
      h.role = role;
      found.add(role);
    }
  }
  return found;
}

const EMPTY = { kind: 'text', text: '' } as GridCell;

export function readSangong(ctx: SheetContext, header: Header): Row[] {
  const g = ctx.grid;
  const cols = header.columns.filter((h) => h.role);
  for (let r = header.bottom + 1; r <= g.maxRow; r++) {
    // the data row: amounts under the columns (a note line or a repeated header is not it)
    if (!cols.some((h) => g.cell(r, h.col))) continue;
    const first = cols.map((h) => g.cell(r, h.col)).find((c) => c);
    if (first && NOTE.test(clean(first.text))) continue;
    if (isHeaderRepeat(g, r, header) || !cols.some((h) => isNumberLike(g.cell(r, h.col) ?? EMPTY))) continue;
    const row: Row = { line: r, key: 'data', name: '“三公”经费', amounts: {} };
    for (const h of cols) row.amounts[h.role!] = ctx.amount(r, h.col, { name: '“三公”经费' }, h.label);
    return [row];
  }
  return [];
}

/** An item of a T07 printed one row per item: its role and cell. */
export interface SangongCell {
  role: string;
  r: number;
  c: number;
  column: string;
}

/** The item a row label names ("（一）因公出国（境）费", "其中：公务用车购置费", "“三公”经费合计"). */
function itemOfRow(text: string): string | undefined {
  const t = label(text).replace(/^其中[：:]?/, '').replace(/"/g, '');
  if (/^(合计|总计|三公经费(合计)?|财政拨款三公经费(合计)?)$/.test(t)) return 'total';
  if (/^小计$/.test(t)) return undefined;
  return ITEMS.find(([k, re]) => k !== 'total' && re.test(t))?.[0];
}

/**
 * T07 with the items as rows: a label column and 预算数 / 决算数 columns (the first of each kind).
 * Empty when the body does not name the items.
 */
export function verticalSangong(ctx: { grid: SheetContext['grid'] }, header: Header): SangongCell[] {
  const g = ctx.grid;
  const kindOf = (path: string[]) => {
    const j = path.join('|');
    return /决算/.test(j) ? 'actual' : /预算/.test(j) ? 'budget' : undefined;
  };
  const columns = new Map<string, { col: number; label: string }>();
  for (const h of header.columns) {
    const kind = kindOf(h.path);
    if (kind && !columns.has(kind)) columns.set(kind, { col: h.col, label: h.label });
  }
  const first = Math.min(...[...columns.values()].map((x) => x.col));
  const labelCol = header.columns.find((h) => h.col < first && /^(项目|项目名称|名称|科目名称)$/.test(h.path[h.path.length - 1]))?.col ?? header.columns.find((h) => h.col < first)?.col;
  if (!labelCol || columns.size === 0) return [];
  const cells: SangongCell[] = [];
  const seen = new Set<string>();
  for (let r = header.bottom + 1; r <= g.maxRow; r++) {
    const text = g.spanText(r, labelCol);
    if (!text || NOTE.test(clean(text))) continue;
    const item = itemOfRow(text);
    if (!item) continue;
    for (const [kind, col] of columns) {
      const role = `${kind}.${item}`;
      if (seen.has(role)) continue;
      seen.add(role);
      cells.push({ role, r, c: col.col, column: `${clean(text)}/${col.label}` });
    }
  }
  return cells;
}

/** The one data row of a T07 printed one row per item. */
export function readVerticalSangong(ctx: SheetContext, cells: SangongCell[]): Row[] {
  if (!cells.length) return [];
  const row: Row = { line: cells[0].r, key: 'data', name: '“三公”经费', amounts: {} };
  for (const x of cells) row.amounts[x.role] = ctx.amount(x.r, x.c, { name: '“三公”经费' }, x.column);
  return [row];
}
