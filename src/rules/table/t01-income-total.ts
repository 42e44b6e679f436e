import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't01-income-total',
    severity: 'error',
    kind: 'table',
    tables: ['T01'],
    title: { zh: '收入支出决算总表：本年收入合计 = 各项收入之和', en: 'T01: total income equals the sum of income rows' },
    rationale: {
      zh: '本年收入合计应等于一般公共预算财政拨款收入至其他收入各行之和；不等说明漏填、重填或合计未更新。',
      en: 'Total income for the year must equal the income rows (fiscal appropriations through other income); a gap means a row was missed, doubled, or the total not refreshed.',
    },
    fix: {
      zh: '本年收入合计应等于各项收入之和：核对各收入行和合计行，改正录错的一方。',
      en: 'The income total is the sum of the income rows: compare them and correct whichever was mistyped.',
    },
  },
  (ctx) => {
    const t = ctx.table('T01');
    const total = ctx.row(t, 'inc.total');
    const parts = t?.rows.filter((r) => /^inc\.(gpb|gov|soe|upper|business|operating|subsidiary|other|misc)$/.test(r.key ?? '')) ?? [];
    if (total && parts.length) ctx.sum(total.amounts.amount, parts.map((r) => r.amounts.amount));
  },
);
