import { Big, fixed } from '../../model/decimal.js';
import type { Amount, WorkbookModel } from '../../model/types.js';
import { UNIT_FACTOR } from '../../model/types.js';
import type { Figure } from '../../narrative/claims.js';
import type { NarrativeContext } from '../../narrative/context.js';
import { sameAmount } from '../../model/rounding.js';
import { headingsAbove } from '../../narrative/structure.js';
import { workbookAmount } from '../../narrative/workbook-map.js';
import { defineNarrativeRule } from '../rule.js';

const PROSE_UNIT: Record<string, number> = { 万元: 1, 元: 0.0001, 亿元: 10000 };

/** A workbook amount in 万元 as its table shows it (to its decimals). */
function wan(a: Amount): Big {
  return a.value.div(UNIT_FACTOR['万元']).round(Math.max(2, a.decimals - (a.unit === '元' ? 4 : 0)), 1);
}

/** What a figure stands under: its headings and its 其中 total. */
function scopeOf(ctx: NarrativeContext, f: Figure): string {
  return `${headingsAbove(ctx.doc, f.block)} ${ctx.claims.partOf.get(f)?.key ?? ''} ${f.subject}`;
}

function compare(ctx: NarrativeContext, f: Figure, model: WorkbookModel, which: 'current' | 'prior'): void {
  const a = workbookAmount(model, f.key, f.subject, scopeOf(ctx, f));
  if (a === undefined) return;
  const stated = f.value.times(PROSE_UNIT[f.unit] ?? 1);
  const book = a === null ? new Big(0) : wan(a);
  const fit = sameAmount(stated, book);
  if (fit === 'exact' || ctx.isFlagged(f.block, f.start)) return;
  const args = { stated: f.text, expected: fixed(book, 2), subject: f.key, sheet: a?.source.sheet ?? '', cell: a?.source.cell ?? '', which };
  ctx.report(fit === 'rounding' ? 'rounding' : 'default', f.block, [f.start, f.end], args, {
    severity: fit === 'rounding' ? 'info' : 'error',
    stated: f.text,
    expected: fixed(book, 2),
    related: a ? [{ sheet: a.source.sheet, cell: a.source.cell, label: [a.source.code, a.source.row, a.source.column].filter(Boolean).join(' '), shown: a.shown }] : [],
  });
}

export default defineNarrativeRule(
  {
    id: 'n-workbook',
    severity: 'error',
    workbook: true,
    title: { zh: '说明中的金额与公开表不符', en: 'Narrative: an amount that contradicts the workbook' },
    rationale: {
      zh: '说明中每个能对应到公开表的金额（收支总计、本年收入合计及各来源、基本/项目支出、各类和各项支出、人员经费和公用经费、“三公”各项、两张基金表），都应与表中数字一致（按说明所写精度；相差一分为提示）。给出上年工作簿时，上年数和增减额也与上年表核对。',
      en: 'Every narrative amount with a workbook counterpart must match it at the precision shown (one cent apart is a note); with last year’s workbook, last year’s figures and the changes too.',
    },
    fix: {
      zh: '以公开表为准改正说明中的数字；若公开表有误，先改表，再改说明。',
      en: 'Correct the narrative from the workbook; if the workbook is wrong, correct it first.',
    },
  },
  (ctx) => {
    const model = ctx.model;
    if (!model) return;
    const year = model.year ?? ctx.doc.year;
    for (const f of ctx.claims.figures) {
      if (!f.money || f.role === 'delta' || f.role === 'threshold') continue;
      if (f.year === year) compare(ctx, f, model, 'current');
      else if (ctx.prior && f.year === (ctx.prior.year ?? (year ? year - 1 : undefined))) compare(ctx, f, ctx.prior, 'prior');
    }
    // changes against both workbooks
    if (!ctx.prior) return;
    for (const y of ctx.claims.yoys) {
      if (!y.current || !y.delta) continue;
      const scope = scopeOf(ctx, y.current);
      const now = workbookAmount(model, y.current.key, y.current.subject, scope);
      const before = workbookAmount(ctx.prior, y.current.key, y.current.subject, scope);
      if (now === undefined || before === undefined) continue;
      const change = (now === null ? new Big(0) : wan(now)).minus(before === null ? new Big(0) : wan(before));
      const fit = sameAmount(change.abs(), y.delta.value.times(PROSE_UNIT[y.delta.unit] ?? 1));
      if (fit === 'exact' || ctx.isFlagged(y.delta.block, y.delta.start)) continue;
      ctx.report('change', y.delta.block, [y.delta.start, y.delta.end], { stated: y.delta.text, expected: fixed(change.abs(), 2), subject: y.current.key }, { severity: fit === 'rounding' ? 'info' : 'error', stated: y.delta.text, expected: fixed(change.abs(), 2) });
    }
  },
);
