import { defineRule } from '../rule.js';

const SOURCES: [string[], string][] = [
  [['inc.gpb', 'inc.gov', 'inc.soe'], 'fiscal'],
  [['inc.upper'], 'upper'],
  [['inc.business'], 'business'],
  [['inc.operating'], 'operating'],
  [['inc.subsidiary'], 'subsidiary'],
  [['inc.other'], 'other'],
];

export default defineRule(
  {
    id: 'x-t01-t02-income',
    severity: 'error',
    kind: 'cross',
    tables: ['T01', 'T02'],
    title: { zh: '总表与收入决算表：本年收入合计及各来源一致', en: 'T01 vs T02: total income and each source agree' },
    rationale: {
      zh: '总表的本年收入合计等于收入决算表合计行；总表一至三行（三类财政拨款收入）之和等于收入决算表的财政拨款收入，其余各来源逐项相等。',
      en: 'T01’s total income equals T02’s total; T01 rows one to three (the appropriations) add up to T02’s appropriation column, and the other sources match one to one.',
    },
    fix: {
      zh: '同一收入在公开01表和公开02表中必须一致：找出正确的数，改正另一张表。',
      en: 'The same income must agree in T01 and T02: find the right figure and correct the other table.',
    },
  },
  (ctx) => {
    const t01 = ctx.table('T01');
    const total02 = ctx.row(ctx.table('T02'), 'total');
    if (!t01 || !total02) return;
    ctx.equal(ctx.row(t01, 'inc.total')?.amounts.amount, total02.amounts.total);
    for (const [keys, role] of SOURCES) {
      const rows = keys.map((k) => ctx.row(t01, k)).filter((r) => r);
      if (!rows.length || !(role in total02.amounts)) continue;
      if (rows.length === 1) ctx.equal(rows[0]!.amounts.amount, total02.amounts[role]);
      else ctx.sum(total02.amounts[role], rows.map((r) => r!.amounts.amount));
    }
  },
);
