import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't01-balance',
    severity: 'error',
    kind: 'table',
    tables: ['T01'],
    title: { zh: '收入支出决算总表：收入总计 = 支出总计', en: 'T01: income grand total equals expenditure grand total' },
    rationale: { zh: '决算总表收支必须平衡。', en: 'The summary table must balance: both grand totals are the same figure.' },
    fix: {
      zh: '收入总计和支出总计必须相等：通常是年末结转和结余算错或漏填。',
      en: 'The two grand totals must be equal: usually the closing balance is wrong or missing.',
    },
  },
  (ctx) => {
    const t = ctx.table('T01');
    ctx.equal(ctx.row(t, 'exp.grand')?.amounts.amount, ctx.row(t, 'inc.grand')?.amounts.amount);
  },
);
