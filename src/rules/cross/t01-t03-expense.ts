import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'x-t01-t03-expense',
    severity: 'error',
    kind: 'cross',
    tables: ['T01', 'T03'],
    title: { zh: '总表与支出决算表：本年支出合计及每一类支出一致', en: 'T01 vs T03: total expenditure and every class agree' },
    rationale: {
      zh: '总表支出方的本年支出合计及各功能分类（类）金额，应与支出决算表的合计行及同一类的本年支出合计相同；一方有而另一方没有的类也是差错。',
      en: 'T01’s total expenditure and each class must equal T03’s total and the same class; a class present in only one of them is an error too.',
    },
    fix: {
      zh: '公开01表的各类支出应与公开03表的类合计一致。',
      en: 'Each class in T01 must agree with its total in T03.',
    },
  },
  (ctx) => {
    const t01 = ctx.table('T01');
    const t03 = ctx.table('T03');
    if (!t01 || !t03) return;
    ctx.equal(ctx.row(t01, 'exp.total')?.amounts.amount, ctx.row(t03, 'total')?.amounts.total);
    ctx.sameClasses(t01, 'amount', t03, 'total', true);
  },
);
