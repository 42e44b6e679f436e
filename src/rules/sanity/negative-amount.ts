import { defineRule } from '../rule.js';

/** Row keys where a negative figure can be legitimate. */
const MAY_BE_NEGATIVE = new Set(['exp.distribution']);

export default defineRule(
  {
    id: 'negative-amount',
    severity: 'error',
    kind: 'sanity',
    title: { zh: '不应为负数的金额为负', en: 'Negative amount where none is allowed' },
    rationale: {
      zh: '收入、支出、结转结余和“三公”经费都不应为负数；负数通常是录入错误或公式引用错位（结余分配除外）。',
      en: 'Income, spending, balances and “three public” costs cannot be negative; a negative figure is usually a typing slip or a shifted formula (the surplus distribution row excepted).',
    },
    fix: {
      zh: '决算金额通常不为负：确认是否误录了负号；确有冲减时在说明中解释。',
      en: 'Final amounts are rarely negative: check for a stray minus sign; explain a genuine offset in the narrative.',
    },
  },
  (ctx) => {
    for (const t of ctx.model.tables) {
      if (!t.core) continue;
      for (const r of t.rows) {
        if (r.key && MAY_BE_NEGATIVE.has(r.key)) continue;
        for (const k in r.amounts) {
          const a = r.amounts[k];
          if (a && (a.fen !== undefined ? a.fen < 0n : a.value.s < 0 && !a.value.eq(0)))
            ctx.report('default', { sheet: a.source.sheet, cell: a.source.cell, row: a.source.row ?? '', column: a.source.column ?? '', stated: a.shown }, { sheet: a.source.sheet, cell: a.source.cell, code: r.code, name: r.name }, undefined, { stated: a.shown });
        }
      }
    }
  },
);
