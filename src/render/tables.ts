// A model table → a grid of cells with merged headers, ready for a Word table.
import type { Amount, Table } from '../model/types.js';

export interface GridCell {
  text: string;
  colSpan: number;
  vMerge?: 'restart' | 'continue';
  /** Covered by the colSpan of a cell to its left. */
  covered?: boolean;
  numeric?: boolean;
}

export interface GridTable {
  rows: GridCell[][];
  headerRows: number;
  /** Relative column widths (labels wider than amounts). */
  widths: number[];
}

const shown = (a: Amount | undefined): string => (a ? a.shown || '' : '');

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

export function tableGrid(t: Table): GridTable {
  const amountCols = t.columns.filter((c) => !c.role.startsWith('code') && c.role !== 'name' && c.role !== 'line' && !c.role.endsWith('.label'));
  const cell = (text: string, numeric = false): GridCell => ({ text, colSpan: 1, numeric });
  if (t.key === 'T01' || t.key === 'T04') {
    const inc = amountCols.filter((c) => c.role.startsWith('inc.'));
    const exp = amountCols.filter((c) => c.role.startsWith('exp.'));
    const paths = [['收入', '项目'], ...inc.map((c) => ['收入', c.label.split('/').pop()!]), ['支出', '项目'], ...exp.map((c) => ['支出', c.label.split('/').pop()!])];
    const head = header(paths);
    const lines = [...new Set(t.rows.map((r) => r.line))].sort((a, b) => a - b);
    const body = lines.map((line) => {
      const i = t.rows.find((r) => r.line === line && (r.key?.startsWith('inc.') || r.key?.startsWith('opening.')));
      const e = t.rows.find((r) => r.line === line && r.key?.startsWith('exp.'));
      return [
        cell(i?.name ?? ''),
        ...inc.map((c) => cell(shown(i?.amounts[c.role.slice(4)]), true)),
        cell(e?.name ?? ''),
        ...exp.map((c) => cell(shown(e?.amounts[c.role.slice(4)]), true)),
      ];
    });
    return { rows: [...head, ...body], headerRows: head.length, widths: [3, ...inc.map(() => 1.4), 3, ...exp.map(() => 1.4)] };
  }
  if (t.key === 'T07') {
    const head = header(amountCols.map((c) => c.label.split('/')));
    const data = t.rows[0];
    return { rows: [...head, amountCols.map((c) => cell(shown(data?.amounts[c.role]), true))], headerRows: head.length, widths: amountCols.map(() => 1) };
  }
  const roles = t.key === 'T06' ? ['amount'] : amountCols.map((c) => c.role);
  const labels = t.key === 'T06' ? [['决算数']] : amountCols.map((c) => c.label.split('/'));
  const head = header([[t.key === 'T06' ? '经济分类科目编码' : '科目编码'], ['科目名称'], ...labels]);
  const body = t.rows
    .filter((r) => r.code || r.key)
    .map((r) => [cell(r.code ?? ''), cell(r.code ? r.name : r.name || '合计'), ...roles.map((role) => cell(shown(r.amounts[role]), true))]);
  if (t.empty && body.length === 0) body.push([cell(''), cell('本表无数据'), ...roles.map(() => cell(''))]);
  return { rows: [...head, ...body], headerRows: head.length, widths: [1.7, 3, ...roles.map(() => 1.2)] };
}
