import { defineRule } from '../rule.js';

const SOURCES = ['fiscal', 'upper', 'business', 'operating', 'subsidiary', 'other'];

export default defineRule(
  {
    id: 't02-row-sum',
    severity: 'error',
    kind: 'table',
    tables: ['T02'],
    title: { zh: '收入决算表：每行本年收入合计 = 各收入来源之和', en: 'T02: each row’s total equals its six income sources' },
    rationale: {
      zh: '每个科目的本年收入合计等于财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入与其他收入之和。',
      en: 'For every code, total income equals fiscal appropriations + higher-level subsidies + operating-unit, business, affiliate and other income.',
    },
    fix: {
      zh: '每行的本年收入合计应等于各收入来源之和：核对该行各栏。',
      en: 'Each row\'s income total is the sum of its sources: check the row\'s columns.',
    },
  },
  (ctx) => {
    const t = ctx.table('T02');
    if (!t) return;
    const present = SOURCES.filter((s) => t.columns.some((c) => c.role === s));
    for (const r of t.rows) if (r.key !== 'other') ctx.sum(r.amounts.total, present.map((s) => r.amounts[s]));
  },
);
