// The workbook's tables as the national forms print them (第五部分 附表): a grid of cells with merged
// headers for each, numbered 公开NN表, with its 部门 and 单位 line, and a layout that keeps every
// amount on one line: column widths from the content, a smaller type or a landscape page when wide.
import { TABLES } from '../data/tables.js';
import type { Amount, Row, Table, WorkbookModel } from '../model/types.js';
import { ems, LAYOUT, textWidth } from './layout.js';

export interface GridCell {
  text: string;
  colSpan: number;
  vMerge?: 'restart' | 'continue';
  /** Covered by the colSpan of a cell to its left. */
  covered?: boolean;
  numeric?: boolean;
}

/** What a column holds: what its width must be for (an amount never breaks; a label may wrap). */
export type ColumnKind = 'amount' | 'code' | 'label';

export interface GridTable {
  rows: GridCell[][];
  headerRows: number;
  kinds: ColumnKind[];
  /** Column widths in twips, once laid out (fitTable). */
  widths: number[];
  /** Type size in half-points. */
  size: number;
  landscape: boolean;
}

export interface AttachedTable {
  /** 公开01表 … */
  id: string;
  title: string;
  dept: string;
  unit: string;
  grid: GridTable;
}

/** Codes and numbers in code-point order (localeCompare would load ICU's collation: ~100 ms at start-up). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const shown = (a: Amount | undefined): string => (a ? a.shown || '' : '');
const cell = (text: string, numeric = false): GridCell => ({ text, colSpan: 1, numeric });

/** Header rows from label paths ("本年支出/基本支出"): equal neighbours merge across, short paths merge down. */
function header(paths: string[][]): GridCell[][] {
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const rows: GridCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: GridCell[] = paths.map((p) => {
      if (level < p.length) return { text: p[level], colSpan: 1 };
      return { text: '', colSpan: 1, vMerge: 'continue' as const };
    });
    // a path that ends above this level continues its last cell downwards
    paths.forEach((p, i) => {
      if (level === p.length - 1 && p.length < depth) row[i].vMerge = 'restart';
    });
    for (let i = 0; i < row.length; i++) {
      if (row[i].covered || row[i].vMerge === 'continue') continue;
      let j = i + 1;
      while (j < row.length && !row[j].vMerge && row[j].text === row[i].text && paths[j].slice(0, level).join('/') === paths[i].slice(0, level).join('/')) {
        row[j].covered = true;
        j++;
      }
      row[i].colSpan = j - i;
    }
    rows.push(row);
  }
  return rows;
}

/** A cell spanning `n` columns, and the cells it covers. */
function spanning(text: string, n: number, numeric = false): GridCell[] {
  return [{ text, colSpan: n, numeric }, ...Array.from({ length: n - 1 }, () => ({ text: '', colSpan: 1, covered: true }))];
}

type Grid = Pick<GridTable, 'rows' | 'headerRows' | 'kinds'>;

function sides(t: Table, amountCols: Table['columns']): Grid {
  const inc = amountCols.filter((c) => c.role.startsWith('inc.'));
  const exp = amountCols.filter((c) => c.role.startsWith('exp.'));
  const paths = [['收入', '项目'], ...inc.map((c) => ['收入', c.label.split('/').pop()!]), ['支出', '项目'], ...exp.map((c) => ['支出', c.label.split('/').pop()!])];
  const head = header(paths);
  const lines = [...new Set(t.rows.map((r) => r.line))].sort((a, b) => a - b);
  const body = lines.map((line) => {
    const i = t.rows.find((r) => r.line === line && (r.key?.startsWith('inc.') || r.key?.startsWith('opening.')));
    const e = t.rows.find((r) => r.line === line && r.key?.startsWith('exp.'));
    return [cell(i?.name ?? ''), ...inc.map((c) => cell(shown(i?.amounts[c.role.slice(4)]), true)), cell(e?.name ?? ''), ...exp.map((c) => cell(shown(e?.amounts[c.role.slice(4)]), true))];
  });
  const kinds: ColumnKind[] = ['label', ...inc.map(() => 'amount' as const), 'label', ...exp.map(() => 'amount' as const)];
  return { rows: [...head, ...body], headerRows: head.length, kinds };
}

const PERSONNEL = /^30[13]/;

/**
 * 公开06表 as the form prints it: 人员经费 (301, 303) on the left, 公用经费 (302, 307, 310 …) on the
 * right, each group in code order, side by side; the two totals on the last row.
 */
function econ(t: Table): Grid {
  const coded = t.rows.filter((r): r is Row & { code: string } => !!r.code).sort((a, b) => byText(a.code, b.code));
  const personnel = coded.filter((r) => PERSONNEL.test(r.code));
  const publicUse = coded.filter((r) => !PERSONNEL.test(r.code));
  const head = header([
    ['人员经费', '科目编码'],
    ['人员经费', '科目名称'],
    ['人员经费', '决算数'],
    ['公用经费', '科目编码'],
    ['公用经费', '科目名称'],
    ['公用经费', '决算数'],
  ]);
  const side = (r: Row | undefined): GridCell[] => [cell(r?.code ?? ''), cell(r?.name ?? ''), cell(shown(r?.amounts.amount), true)];
  const body: GridCell[][] = [];
  for (let i = 0; i < Math.max(personnel.length, publicUse.length); i++) body.push([...side(personnel[i]), ...side(publicUse[i])]);
  const total = (key: string) => t.rows.find((r) => r.key === key);
  if (total('personnel.total') || total('public.total'))
    body.push([...spanning('人员经费合计', 2), cell(shown(total('personnel.total')?.amounts.amount), true), ...spanning('公用经费合计', 2), cell(shown(total('public.total')?.amounts.amount), true)]);
  if (!body.length) body.push([cell(''), cell('本表无数据'), cell(''), cell(''), cell(''), cell('')]);
  return { rows: [...head, ...body], headerRows: head.length, kinds: ['code', 'label', 'amount', 'code', 'label', 'amount'] };
}

export function tableGrid(t: Table): Grid {
  const amountCols = t.columns.filter((c) => !c.role.startsWith('code') && c.role !== 'name' && c.role !== 'line' && !c.role.endsWith('.label'));
  if (t.key === 'T01' || t.key === 'T04') return sides(t, amountCols);
  if (t.key === 'T06') return econ(t);
  if (t.key === 'T07') {
    const head = header(amountCols.map((c) => c.label.split('/')));
    const data = t.rows[0];
    return { rows: [...head, amountCols.map((c) => cell(shown(data?.amounts[c.role]), true))], headerRows: head.length, kinds: amountCols.map(() => 'amount') };
  }
  const roles = amountCols.map((c) => c.role);
  const head = header([['科目编码'], ['科目名称'], ...amountCols.map((c) => c.label.split('/'))]);
  const body = t.rows.filter((r) => r.code || r.key).map((r) => [cell(r.code ?? ''), cell(r.code ? r.name : r.name || '合计'), ...roles.map((role) => cell(shown(r.amounts[role]), true))]);
  if (t.empty && body.length === 0) body.push([cell(''), cell('本表无数据'), ...roles.map(() => cell(''))]);
  return { rows: [...head, ...body], headerRows: head.length, kinds: ['code', 'label', ...roles.map(() => 'amount' as const)] };
}

/** Type sizes in half-points: 10.5, 10, 9 and 8 pt. */
const SIZES = [21, 20, 18, 16];

/** A label column is read comfortably at eight characters a line (or its longest text, if shorter). */
const COMFORT = 8;

/**
 * Column widths from the content: an amount or a code is as wide as its longest text (it never
 * breaks); a label column at least six characters, more as room allows, up to its longest text.
 * Tried in turn: portrait, then landscape, at 10.5 and 10 pt with labels of eight characters a line;
 * then at 9 and 8 pt with what fits. The first that fits the page's width wins.
 */
export function fitTable(g: Grid): GridTable {
  const pad = 2 * LAYOUT.cellPad + 100;
  const longest = (col: number, from: number) => Math.max(0, ...g.rows.slice(from).map((r) => (r[col] && !r[col].covered && r[col].colSpan === 1 ? ems(r[col].text) : 0)));
  const need = g.kinds.map((k, col) => {
    const body = longest(col, g.headerRows);
    const head = longest(col, 0);
    // an amount column is as wide as its amounts, and wide enough for a header of three characters a line
    if (k === 'amount') return { min: Math.max(body, Math.min(head, 3)), pref: Math.max(body, Math.min(head, 4)), comfort: 0 };
    if (k === 'code') return { min: Math.max(body, 2), pref: Math.max(body, Math.min(head, 4)), comfort: 0 };
    const pref = Math.min(Math.max(body, head, 2), 18);
    return { min: Math.min(Math.max(body, 2), 6), pref, comfort: Math.min(pref, COMFORT) };
  });
  const tryFit = (size: number, landscape: boolean, comfortable: boolean) => {
    const em = size * 10; // a half-point size in twips per em
    const width = textWidth(landscape);
    const min = need.map((n) => Math.max(n.min, comfortable ? n.comfort : 0) * em + pad);
    const spare = width - min.reduce((a, b) => a + b, 0);
    if (spare < 0) return undefined;
    // the room left goes to the columns that want more, in proportion to what they want
    const want = need.map((n, i) => Math.max(0, n.pref * em + pad - min[i]));
    const wanted = want.reduce((a, b) => a + b, 0);
    const grow = wanted > 0 ? Math.min(1, spare / wanted) : 0;
    const widths = min.map((m, i) => m + want[i] * grow);
    // and what is still left, to every column in proportion to its width: the table spans the page
    const total = widths.reduce((a, b) => a + b, 0);
    return { size, landscape, widths: widths.map((w) => Math.floor((w * width) / total)) };
  };
  const tries: [number, boolean, boolean][] = [
    [21, false, true],
    [20, false, true],
    [21, true, true],
    [20, true, true],
    [18, false, false],
    [18, true, false],
    [16, true, false],
  ];
  const fit =
    tries.map(([s, l, c]) => tryFit(s, l, c)).find(Boolean) ??
    // too wide even so: the smallest type on a landscape page, amounts wrapping where they must
    { size: SIZES[SIZES.length - 1], landscape: true, widths: need.map(() => Math.floor(textWidth(true) / need.length)) };
  return { ...g, ...fit };
}

/** The printed number of a table: the workbook's own (公开05表), else its place among the nine. */
function idOf(t: Table): string {
  if (t.printedId && /^公开\d+表$/.test(t.printedId)) return t.printedId;
  return `公开${t.key.slice(1)}表`;
}

export function attachedTables(model: WorkbookModel, dept: string): AttachedTable[] {
  return model.tables
    .filter((t) => t.core)
    .map((t) => ({ t, id: idOf(t) }))
    .sort((a, b) => byText(a.id, b.id))
    .map(({ t, id }) => ({
      id,
      title: t.title || (TABLES.find((d) => d.key === t.key)?.titles[0] ?? t.key).replace(/"([^"]*)"/g, '“$1”'),
      dept,
      unit: t.unit,
      grid: fitTable(tableGrid(t)),
    }));
}

/** A project's self-evaluation as one table (第四部分 附件): what it is, its funds, then its indicators. */
export interface ProjectView {
  name: string;
  unit: string;
  total: string;
  fiscal: string;
  goal: string;
  indicators: { level1: string; level2: string; name: string; target: string; actual: string }[];
  score: string;
}

export function projectGrid(p: ProjectView): GridTable {
  const rows: GridCell[][] = [[cell('项目名称'), ...spanning(p.name, 4)]];
  if (p.unit) rows.push([cell('主管部门（单位）'), ...spanning(p.unit, 4)]);
  rows.push([cell('项目资金（万元）'), cell('年度资金总额'), cell(p.total, true), cell('其中：财政拨款'), cell(p.fiscal, true)]);
  if (p.goal) rows.push([cell('年度总体目标'), ...spanning(p.goal, 4)]);
  rows.push(['一级指标', '二级指标', '三级指标', '指标值', '完成值'].map((x) => cell(x)));
  // an indicator's 一级 and 二级 are merged down over the run of rows that share them
  p.indicators.forEach((x, i) => {
    const before = p.indicators[i - 1];
    const after = p.indicators[i + 1];
    const merge = (same: (a: typeof x) => boolean, text: string): GridCell => {
      const up = !!before && same(before);
      const down = !!after && same(after);
      return up ? { text: '', colSpan: 1, vMerge: 'continue' } : { text, colSpan: 1, vMerge: down ? 'restart' : undefined };
    };
    rows.push([
      merge((o) => o.level1 === x.level1, x.level1),
      merge((o) => o.level1 === x.level1 && o.level2 === x.level2, x.level2),
      cell(x.name),
      cell(x.target),
      cell(x.actual),
    ]);
  });
  if (p.score) rows.push([cell('自评得分'), ...spanning(p.score, 4)]);
  return fitTable({ rows, headerRows: 0, kinds: ['label', 'label', 'label', 'label', 'label'] });
}
