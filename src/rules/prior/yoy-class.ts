import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'yoy-class',
    severity: 'info',
    kind: 'prior',
    prior: true,
    tables: ['T03'],
    title: { zh: '与上年相比新增或不再列示的支出类', en: 'Classes that appear or disappear against last year' },
    rationale: {
      zh: '某一功能分类（类）今年新出现或不再出现时，说明中通常需要解释原因；此处提示以便核对。',
      en: 'A class that is new this year, or gone, usually needs an explanation in the narrative; noted so that it is not missed.',
    },
    fix: {
      zh: '确认新增或不再列示的支出类属实，并在说明中解释原因。',
      en: 'Confirm the class really appeared or disappeared, and explain it in the narrative.',
    },
  },
  (ctx) => {
    const now = ctx.table('T03');
    const before = ctx.table('T03', ctx.prior);
    if (!now || !before) return;
    const classes = (rows: typeof now.rows) => new Map(rows.filter((r) => r.code?.length === 3).map((r) => [r.code!, r]));
    const a = classes(now.rows);
    const b = classes(before.rows);
    for (const [code, r] of a) if (!b.has(code)) ctx.report('appears', { code, name: r.name, year: ctx.prior?.year ?? '' }, { sheet: now.sheet, cell: r.labelCell, code, name: r.name });
    for (const [code, r] of b) if (!a.has(code)) ctx.report('disappears', { code, name: r.name, year: ctx.prior?.year ?? '' }, { sheet: now.sheet, code, name: r.name });
  },
);
