import { sum, type Dec } from '../../model/decimal.js';
import type { TableLine } from '../../narrative/recognize/tables.js';
import { attachedTables } from '../../read/narrative/tables.js';
import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-table-sum',
    severity: 'error',
    title: { zh: '说明中的表格：小计、合计与其上各行之和不符', en: 'Narrative tables: a subtotal that its rows do not add up to' },
    rationale: {
      zh: '附件表格中的“小计/合计”行，每一数字栏应等于其上明细行之和（或其上各小计之和）。跨页重复表头的表格视为同一张表。按 ±0.005 的四舍五入区间判断。',
      en: 'A 小计/合计 row equals the detail rows above it (or the subtotals above it) in every numeric column; a table continued after a page break with a repeated header is one table.',
    },
    fix: {
      zh: '改正表格中的小计、合计，或其上的分项。',
      en: 'Correct the subtotal, the total, or the rows above it.',
    },
  },
  (ctx) => {
    // beside the workbook, an attached disclosure table is compared with it cell by cell (n-attached-table)
    // and its sums are the workbook's: a broken sum here would point at a total the workbook confirms
    const disclosed = new Set(ctx.model ? attachedTables(ctx.doc, (n) => String(n)).map((a) => a.number) : []);
    for (const { lines, coded } of ctx.claims.tables) {
      // a table of classification codes is a workbook table: the workbook rules check it, by code
      if (coded) continue;
      if (lines.some((l) => l.cells.some((c) => c?.cell && disclosed.has(c.cell.table)))) continue;
      let details: TableLine[] = [];
      let subtotals: TableLine[] = [];
      let all: TableLine[] = [];
      for (const line of lines) {
        if (!line.values.some((v) => v !== undefined)) continue;
        if (!line.subtotal) {
          details.push(line);
          all.push(line);
          continue;
        }
        // a subtotal right after subtotals sums them; otherwise it sums the details since the last one
        const parts = details.length ? details : subtotals;
        let reported = false;
        line.values.forEach((v, i) => {
          // one finding a row: its other columns repeat the same slip
          if (v === undefined || reported) return;
          const items = parts.map((p) => p.values[i]).filter((x): x is Dec => x !== undefined);
          if (!items.length) return;
          const expected = sum(items);
          const everything = sum(all.map((p) => p.values[i]).filter((x): x is Dec => x !== undefined));
          const diff = v.minus(expected).abs();
          if (diff.lt(ctx.claims.half.times(items.length + 1)) || v.minus(everything).abs().lt(ctx.claims.half.times(all.length + 1))) return;
          const cell = line.cells[i];
          reported = true;
          ctx.report('default', cell, [0, cell.text.length], { stated: cell.text, expected: expected.toFixed(2), label: line.label.split('|').join(' '), n: items.length }, { stated: cell.text, expected: expected.toFixed(2) });
        });
        if (details.length) subtotals.push(line);
        else {
          subtotals = [line];
          all = [];
        }
        details = [];
      }
    }
  },
);
