import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't04-row-sum',
    severity: 'error',
    kind: 'table',
    tables: ['T04'],
    title: { zh: '财政拨款收入支出决算总表：每个支出行合计 = 三类财政拨款之和', en: 'T04: each expenditure row’s total equals the three funds' },
    rationale: {
      zh: '支出方每一行的合计栏等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款三栏之和。',
      en: 'On the expenditure side, every row’s total equals general budget + government fund + state capital appropriations.',
    },
    fix: {
      zh: '支出每行的合计应等于三种财政拨款之和：核对该行各栏。',
      en: 'Each spending row is the sum of the three fiscal funds: check the columns.',
    },
  },
  (ctx) => {
    const t = ctx.table('T04');
    if (!t) return;
    for (const r of t.rows) {
      if (!r.key?.startsWith('exp.') || !('total' in r.amounts)) continue;
      const funds = ['gpb', 'gov', 'soe'].filter((f) => f in r.amounts).map((f) => r.amounts[f]);
      if (funds.length) ctx.sum(r.amounts.total, funds);
    }
  },
);
