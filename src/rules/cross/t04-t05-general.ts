import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'x-t04-t05-general',
    severity: 'error',
    kind: 'cross',
    tables: ['T04', 'T05'],
    title: { zh: '财政拨款收支总表一般公共预算栏 = 一般公共预算财政拨款支出决算表（合计及每一类）', en: 'T04 general-budget column equals T05 (total and each class)' },
    rationale: {
      zh: '财政拨款收支总表中一般公共预算财政拨款支出的合计及各类金额，应与一般公共预算财政拨款支出决算表的合计及同一类相同。',
      en: 'The general-budget column of T04 restates T05: its total and each class must match.',
    },
    fix: {
      zh: '公开04表一般公共预算财政拨款栏的各类支出应与公开05表的类合计一致。',
      en: 'T04\'s general-budget column must agree class by class with T05.',
    },
  },
  (ctx) => {
    const t04 = ctx.table('T04');
    const t05 = ctx.table('T05');
    if (!t04 || !t05) return;
    ctx.equal(ctx.row(t04, 'exp.total')?.amounts.gpb, ctx.row(t05, 'total')?.amounts.total);
    ctx.sameClasses(t04, 'gpb', t05, 'total');
  },
);
