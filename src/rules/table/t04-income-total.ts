import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't04-income-total',
    severity: 'error',
    kind: 'table',
    tables: ['T04'],
    title: { zh: '财政拨款收入支出决算总表：本年收入合计 = 三类财政拨款收入之和；年初财政拨款结转和结余 = 其分项之和', en: 'T04: income total and opening balance equal their fund rows' },
    rationale: {
      zh: '收入方本年收入合计等于三类财政拨款收入之和，年初财政拨款结转和结余等于其下三类资金之和。',
      en: 'Income for the year is the sum of the three appropriation funds; the opening balance is the sum of its fund sub-rows.',
    },
    fix: {
      zh: '本年收入合计应等于三种财政拨款收入之和；年初结转和结余等于其下三行之和。',
      en: 'The income total is the three fiscal incomes; the opening balance is the three rows under it.',
    },
  },
  (ctx) => {
    const t = ctx.table('T04');
    const amount = (key: string) => ctx.rows(t, key).map((r) => r.amounts.amount);
    const total = ctx.row(t, 'inc.total');
    const incomes = [...amount('inc.gpb'), ...amount('inc.gov'), ...amount('inc.soe')];
    if (total && incomes.length) ctx.sum(total.amounts.amount, incomes);
    const opening = ctx.row(t, 'inc.opening');
    const subs = [...amount('opening.gpb'), ...amount('opening.gov'), ...amount('opening.soe')];
    if (opening && subs.length) ctx.sum(opening.amounts.amount, subs);
  },
);
