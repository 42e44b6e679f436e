import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't01-expense-total',
    severity: 'error',
    kind: 'table',
    tables: ['T01'],
    title: { zh: '收入支出决算总表：本年支出合计 = 各功能分类（类）支出之和', en: 'T01: total expenditure equals the sum of class rows' },
    rationale: {
      zh: '总表支出方按功能分类列示各类支出，其和应等于本年支出合计。',
      en: 'The expenditure side lists each functional class; the classes must add up to total expenditure for the year.',
    },
    fix: {
      zh: '本年支出合计应等于各类支出之和：检查是否漏列或重列某一类，或某类金额与公开03表不同。',
      en: 'The spending total is the sum of the classes: look for a class left out or listed twice, or a class amount that differs from T03.',
    },
  },
  (ctx) => {
    const t = ctx.table('T01');
    const total = ctx.row(t, 'exp.total');
    const parts = t?.rows.filter((r) => r.key === 'exp.class' || r.key === 'exp.misc') ?? [];
    if (total && parts.length) ctx.sum(total.amounts.amount, parts.map((r) => r.amounts.amount));
  },
);
