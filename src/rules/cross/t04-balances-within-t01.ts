import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'x-t04-balances-within-t01',
    severity: 'error',
    kind: 'cross',
    tables: ['T04', 'T01'],
    title: { zh: '财政拨款结转和结余 ≤ 全部结转和结余', en: 'T04 balances ≤ T01 balances' },
    rationale: {
      zh: '年初、年末财政拨款结转和结余是全部结转和结余的一部分，不能超过总表的对应数。',
      en: 'Appropriation balances (opening and closing) are part of all balances and cannot exceed T01’s.',
    },
    fix: {
      zh: '财政拨款结转结余是全部结转结余的一部分，不能大于公开01表的数。',
      en: 'Fiscal balances are part of all balances and cannot exceed T01.',
    },
  },
  (ctx) => {
    const t01 = ctx.table('T01');
    const t04 = ctx.table('T04');
    ctx.leq(ctx.row(t04, 'inc.opening')?.amounts.amount, ctx.row(t01, 'inc.opening')?.amounts.amount);
    ctx.leq(ctx.row(t04, 'exp.closing')?.amounts.total, ctx.row(t01, 'exp.closing')?.amounts.amount);
  },
);
