import { defineRule } from '../rule.js';

const PAIRS: [string, string][] = [
  ['30212', 'actual.abroad'],
  ['30217', 'actual.reception'],
  ['30231', 'actual.carRun'],
  ['31013', 'actual.carBuy'],
];

export default defineRule(
  {
    id: 'x-t06-within-t07',
    severity: 'error',
    kind: 'cross',
    tables: ['T06', 'T07'],
    title: { zh: '基本支出中的“三公”科目 ≤ “三公”经费决算数', en: 'T06 “three public” items ≤ T07 actuals' },
    rationale: {
      zh: '基本支出中的因公出国（境）费用、公务接待费、公务用车运行维护费、公务用车购置只是“三公”经费的一部分（“三公”还含项目支出），不能超过“三公”经费表的决算数。',
      en: 'The basic-spending lines for travel abroad, reception, vehicle running and purchase are part of the “three public” spending (which also includes project spending), so they cannot exceed T07’s actuals.',
    },
    fix: {
      zh: '公开06表中的公务接待费、公务用车运行维护费等只是“三公”经费的一部分，不能大于公开07表的决算数。',
      en: 'T06\'s reception and vehicle running costs are part of the 三公 figures and cannot exceed T07.',
    },
  },
  (ctx) => {
    const data = ctx.row(ctx.table('T07'), 'data');
    if (!data) return;
    const rows = ctx.codeRows(ctx.table('T06'));
    for (const [code, role] of PAIRS) {
      const r = rows.find((x) => x.code === code);
      if (r) ctx.leq(r.amounts.amount, data.amounts[role]);
    }
  },
);
