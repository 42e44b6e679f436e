import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't04-expense-total',
    severity: 'error',
    kind: 'table',
    tables: ['T04'],
    title: { zh: '财政拨款收入支出决算总表：本年支出合计 = 各类支出之和（每一栏）', en: 'T04: expenditure total equals the class rows, in every column' },
    rationale: { zh: '支出方各功能分类（类）之和等于本年支出合计，四个金额栏分别成立。', en: 'The class rows add up to total expenditure in each of the four amount columns.' },
    fix: {
      zh: '本年支出合计应等于各类支出之和，每一栏分别核对。',
      en: 'The spending total is the sum of the classes, column by column.',
    },
  },
  (ctx) => {
    const t = ctx.table('T04');
    const total = ctx.row(t, 'exp.total');
    const classes = t?.rows.filter((r) => r.key === 'exp.class' || r.key === 'exp.misc') ?? [];
    if (!total || !classes.length) return;
    for (const role of Object.keys(total.amounts)) ctx.sum(total.amounts[role], classes.map((r) => r.amounts[role]));
  },
);
