import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'x-t01-t04-income',
    severity: 'error',
    kind: 'cross',
    tables: ['T01', 'T04'],
    title: { zh: '总表与财政拨款收支总表：三类财政拨款收入一致', en: 'T01 vs T04: the three appropriation incomes agree' },
    rationale: {
      zh: '一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入在两张总表中应相同。',
      en: 'General budget, government fund and state capital appropriation income are the same figures in both summary tables.',
    },
    fix: {
      zh: '公开04表的财政拨款收入应与公开01表对应的收入行一致。',
      en: 'The fiscal incomes of T04 must agree with the matching rows of T01.',
    },
  },
  (ctx) => {
    const t01 = ctx.table('T01');
    const t04 = ctx.table('T04');
    for (const key of ['inc.gpb', 'inc.gov', 'inc.soe']) ctx.equal(ctx.row(t04, key)?.amounts.amount, ctx.row(t01, key)?.amounts.amount);
  },
);
