import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't04-grand-totals',
    severity: 'error',
    kind: 'table',
    tables: ['T04'],
    title: {
      zh: '财政拨款收入支出决算总表：收入总计 = 本年收入合计 + 年初结转和结余；支出总计 = 本年支出合计 + 年末结转和结余；收入总计 = 支出总计',
      en: 'T04: grand totals on both sides, and their equality',
    },
    rationale: { zh: '财政拨款收支总表两侧总计分别成立且相等。', en: 'Both grand totals are the year plus balances, and they are equal.' },
    fix: {
      zh: '收入总计 = 本年收入合计 + 年初财政拨款结转和结余；支出总计 = 本年支出合计 + 年末结转和结余；两边相等。',
      en: 'Income grand total = income total + opening balance; spending grand total = spending total + closing balance; the two are equal.',
    },
  },
  (ctx) => {
    const t = ctx.table('T04');
    const inc = ctx.row(t, 'inc.grand');
    const exp = ctx.row(t, 'exp.grand');
    const a = (key: string, role: string) => ctx.row(t, key)?.amounts[role];
    if (inc && ctx.row(t, 'inc.total')) ctx.sum(inc.amounts.amount, [a('inc.total', 'amount'), ...(ctx.row(t, 'inc.opening') ? [a('inc.opening', 'amount')] : [])]);
    if (exp && ctx.row(t, 'exp.total'))
      for (const role of Object.keys(exp.amounts)) ctx.sum(exp.amounts[role], [a('exp.total', role), ...(ctx.row(t, 'exp.closing') ? [a('exp.closing', role)] : [])]);
    ctx.equal(exp?.amounts.total, inc?.amounts.amount);
  },
);
