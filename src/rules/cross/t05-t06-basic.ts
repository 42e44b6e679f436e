import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'x-t05-t06-basic',
    severity: 'error',
    kind: 'cross',
    tables: ['T05', 'T06'],
    title: { zh: '一般公共预算财政拨款基本支出 = 人员经费合计 + 公用经费合计', en: 'T05 basic spending equals T06 personnel plus public-use totals' },
    rationale: {
      zh: '一般公共预算财政拨款支出决算表的基本支出合计，等于基本支出决算表的人员经费合计与公用经费合计之和。',
      en: 'T05’s basic-spending total is exactly what T06 breaks down into personnel and public-use costs.',
    },
    fix: {
      zh: '公开05表的基本支出合计应等于公开06表人员经费与公用经费之和。',
      en: 'T05\'s basic spending must equal T06\'s personnel plus public-use totals.',
    },
  },
  (ctx) => {
    const t06 = ctx.table('T06');
    const personnel = ctx.row(t06, 'personnel.total');
    const pub = ctx.row(t06, 'public.total');
    if (!personnel || !pub) return;
    ctx.sum(ctx.row(ctx.table('T05'), 'total')?.amounts.basic, [personnel.amounts.amount, pub.amounts.amount]);
  },
);
