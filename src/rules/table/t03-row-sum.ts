import { defineRule } from '../rule.js';

const PARTS = ['basic', 'project', 'upper', 'operating', 'subsidiary'];

export default defineRule(
  {
    id: 't03-row-sum',
    severity: 'error',
    kind: 'table',
    tables: ['T03'],
    title: { zh: '支出决算表：每行本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出', en: 'T03: each row’s total equals its spending kinds' },
    rationale: {
      zh: '支出按性质分为基本支出、项目支出等五栏，每个科目各栏之和应等于本年支出合计。',
      en: 'Spending is split into basic, project, remittances upward, business and subsidies to affiliates; for every code they add up to the total.',
    },
    fix: {
      zh: '每行合计应等于基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和：核对该行各栏。',
      en: 'Each row\'s total is basic + project + remittance + business + grants to subsidiaries: check the row\'s columns.',
    },
  },
  (ctx) => {
    const t = ctx.table('T03');
    if (!t) return;
    const present = PARTS.filter((s) => t.columns.some((c) => c.role === s));
    for (const r of t.rows) if (r.key !== 'other') ctx.sum(r.amounts.total, present.map((s) => r.amounts[s]));
  },
);
