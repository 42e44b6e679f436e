import { fixed, type Dec } from '../../model/decimal.js';
import { nameKey } from '../../model/codes.js';
import { UNIT_FACTOR, type Amount, type Row, type Table } from '../../model/types.js';
import type { NarrativeContext } from '../../narrative/context.js';
import { attachedTables, type AttachedTable } from '../../read/narrative/tables.js';
import { defineNarrativeRule } from '../rule.js';

/** A row's identity in either copy of a table: its code, else its semantic key, else its name. */
function rowId(r: Row): string {
  return r.code ? `c:${r.code}` : r.key && r.key !== 'other' ? `k:${r.key}` : `n:${nameKey(r.name)}`;
}

/** Decimals a printed figure shows ("35.8" → 1); undefined for a blank or a dash. */
function written(a: Amount): number | undefined {
  const m = /^[-(（]?[\d,]+(?:\.(\d+))?[)）]?$/.exec(a.shown.trim());
  return m ? (m[1]?.length ?? 0) : undefined;
}

/** The precision the attached table is printed at: the most decimals any of its figures shows. */
function precision(t: Table): number {
  let p = 0;
  for (const r of t.rows) for (const a of Object.values(r.amounts)) if (a) p = Math.max(p, written(a) ?? 0);
  return p;
}

const inUnit = (v: Dec, t: Table, p: number) => fixed(v.div(UNIT_FACTOR[t.unit]), p);

/** The header of an amount's column; a two-sided table (T01, T04) names its columns by side ("inc.amount"). */
function columnLabel(t: Table, r: Row, role: string): string {
  const side = r.key?.split('.')[0] === 'exp' ? 'exp' : 'inc';
  const c = t.columns.find((x) => x.role === role) ?? t.columns.find((x) => x.role === `${side}.${role}`) ?? t.columns.find((x) => x.role.endsWith(`.${role}`));
  return c?.label ?? role;
}

function rowLabel(r: Row): string {
  return [r.code, r.name].filter(Boolean).join(' ');
}

function compare(ctx: NarrativeContext, at: AttachedTable, book: Table): void {
  const copy = at.table;
  const p = precision(copy);
  const byId = new Map<string, Row>();
  for (const r of book.rows) if (!byId.has(rowId(r))) byId.set(rowId(r), r);
  const seen = new Set<string>();
  const title = copy.title;
  for (const r of copy.rows) {
    const id = rowId(r);
    seen.add(id);
    const twin = byId.get(id);
    const amounts = Object.entries(r.amounts).filter((e): e is [string, Amount] => !!e[1]);
    if (!twin) {
      // a coded row the workbook does not have, with an amount in it
      const first = amounts.find(([, a]) => !a.value.eq(0));
      const block = first && at.blockAt.get(first[1].source.cell);
      if (r.code && first && block) ctx.report('extra-row', block, [0, block.text.length], { title, row: rowLabel(r), stated: first[1].shown, sheet: book.sheet }, { stated: first[1].shown });
      continue;
    }
    for (const [role, a] of amounts) {
      const w = twin.amounts[role];
      const block = at.blockAt.get(a.source.cell);
      if (!w || !block) continue;
      const stated = inUnit(a.value, copy, p);
      const expected = inUnit(w.value, copy, p);
      if (stated === expected) continue;
      const column = columnLabel(copy, r, role);
      ctx.report('default', block, [0, block.text.length], { title, row: rowLabel(r), column, stated: a.shown, expected: w.shown || expected, sheet: w.source.sheet, cell: w.source.cell }, {
        stated: a.shown,
        expected: w.shown || expected,
        related: [{ sheet: w.source.sheet, cell: w.source.cell, label: [w.source.code, w.source.row, w.source.column].filter(Boolean).join(' '), shown: w.shown }],
      });
    }
  }
  // a workbook row with amounts that the attached table leaves out
  if (!copy.rows.some((r) => r.code)) return;
  const anchor = at.blockAt.get('A1') ?? [...at.blockAt.values()][0];
  for (const r of book.rows) {
    if (!r.code || seen.has(rowId(r))) continue;
    const a = Object.values(r.amounts).find((x) => x && !x.value.eq(0));
    if (a && anchor) ctx.report('missing-row', anchor, undefined, { title, row: rowLabel(r), stated: a.shown, sheet: a.source.sheet, cell: a.source.cell }, { severity: 'warning', stated: a.shown });
  }
}

export default defineNarrativeRule(
  {
    id: 'n-attached-table',
    severity: 'error',
    workbook: true,
    title: { zh: '说明所附的公开表与工作簿不符', en: 'Narrative: an attached disclosure table that differs from the workbook' },
    rationale: {
      zh: '决算说明所附的九张公开表是法定公开的内容，应与公开表工作簿逐格一致。说明中的每个表格按标题和表头识别（与读取工作簿完全相同的识别），是公开表的就按科目编码（或行名）和栏目与工作簿的同一张表逐格比对，按附表印出的小数位判断。',
      en: 'The disclosure tables attached to the narrative are what is legally published: they must equal the workbook cell for cell. Each table of the narrative is recognised by its title and header exactly as a workbook sheet is, and compared with the same workbook table by code (or row name) and column, at the decimals the attached table prints.',
    },
    fix: {
      zh: '以工作簿为准改正附表中的数（或用 fa-render 重新生成附表）；若工作簿有误，先改工作簿。',
      en: 'Correct the attached table from the workbook (or render it again with fa-render); if the workbook is wrong, correct it first.',
    },
  },
  (ctx) => {
    const model = ctx.model;
    if (!model) return;
    for (const at of attachedTables(ctx.doc, (n) => `表格${n}`)) {
      const book = model.tables.find((t) => t.key === at.table.key);
      if (book) compare(ctx, at, book);
    }
  },
);
