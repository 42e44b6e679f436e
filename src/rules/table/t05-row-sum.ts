import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't05-row-sum',
    severity: 'error',
    kind: 'table',
    tables: ['T05'],
    title: { zh: '一般公共预算财政拨款支出决算表：每行合计 = 基本支出 + 项目支出', en: 'T05: each row’s total equals basic plus project spending' },
    rationale: {
      zh: '一般公共预算财政拨款支出按基本支出和项目支出两栏列示，每个科目两栏之和等于合计。',
      en: 'General-budget appropriation spending is split into basic and project spending; for every code they add up to the total.',
    },
    fix: {
      zh: '每行合计应等于基本支出 + 项目支出：核对该行三栏。',
      en: 'Each row is basic + project: check its three columns.',
    },
  },
  (ctx) => {
    const t = ctx.table('T05');
    if (!t) return;
    for (const r of t.rows) if (r.key !== 'other') ctx.sum(r.amounts.total, [r.amounts.basic, r.amounts.project]);
  },
);
