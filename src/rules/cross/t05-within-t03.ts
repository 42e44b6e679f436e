import type { Row } from '../../model/types.js';
import { defineRule } from '../rule.js';

const ROLES = ['total', 'basic', 'project'];

export default defineRule(
  {
    id: 'x-t05-within-t03',
    severity: 'error',
    kind: 'cross',
    tables: ['T05', 'T03'],
    title: { zh: '一般公共预算财政拨款支出 ≤ 同一科目的全部支出', en: 'T05 per code ≤ T03 per code' },
    rationale: {
      zh: '一般公共预算财政拨款支出是全部支出的一部分：每个科目的合计、基本支出、项目支出都不能超过支出决算表同一科目的对应数（可以小于，不要求相等）。',
      en: 'General-budget appropriation spending is part of all spending: for each code, T05’s total, basic and project figures cannot exceed T03’s (they may be smaller).',
    },
    fix: {
      zh: '一般公共预算财政拨款支出是全部支出的一部分：公开05表的数不能大于公开03表同一科目的数。核对两表该行。',
      en: 'General-budget spending is part of all spending: T05 cannot exceed T03 for the same code. Check both rows.',
    },
  },
  (ctx) => {
    const t03 = ctx.table('T03');
    const rows03 = new Map(ctx.codeRows(t03).map((r) => [r.code, r]));
    const compare = (r: Row, other: Row | undefined) => {
      if (other) for (const role of ROLES) ctx.leq(r.amounts[role], other.amounts[role]);
    };
    for (const r of ctx.codeRows(ctx.table('T05'))) compare(r, rows03.get(r.code));
    for (const r of ctx.rows(ctx.table('T05'), 'total')) compare(r, ctx.row(t03, 'total'));
  },
);
