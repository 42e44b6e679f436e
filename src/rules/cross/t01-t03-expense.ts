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
  },
  (ctx) => {
    const t01 = ctx.table('T01');
    const t03 = ctx.table('T03');
    if (!t01 || !t03) return;
    ctx.equal(ctx.row(t01, 'exp.total')?.amounts.amount, ctx.row(t03, 'total')?.amounts.total);
    const classes03 = ctx.codeRows(t03).filter((r) => r.code!.length === 3);
    for (const r of ctx.rows(t01, 'exp.class')) {
      const other = classes03.find((c) => c.code === r.code);
      if (other) ctx.equal(r.amounts.amount, other.amounts.total);
      else if (r.amounts.amount && !r.amounts.amount.value.eq(0))
        ctx.report('missing-class', { code: r.code!, name: r.name, other: t03.sheet }, { sheet: t01.sheet, cell: r.amounts.amount.source.cell, code: r.code, name: r.name });
    }
    const classes01 = new Set(ctx.rows(t01, 'exp.class').map((r) => r.code));
    for (const c of classes03)
      if (!classes01.has(c.code) && c.amounts.total && !c.amounts.total.value.eq(0))
        ctx.report('missing-class', { code: c.code!, name: c.name, other: t01.sheet }, { sheet: t03.sheet, cell: c.amounts.total.source.cell, code: c.code, name: c.name });
  },
);
