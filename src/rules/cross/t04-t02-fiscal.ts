import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'x-t04-t02-fiscal',
    severity: 'error',
    kind: 'cross',
    tables: ['T04', 'T02'],
    title: { zh: '财政拨款收支总表本年收入合计 = 收入决算表财政拨款收入合计', en: 'T04 income total equals T02’s appropriation income' },
    rationale: { zh: '财政拨款收入只有一个数，两张表必须一致。', en: 'There is one appropriation income figure; both tables print it.' },
    fix: {
      zh: '公开04表的本年收入合计应等于公开02表的财政拨款收入合计。',
      en: 'T04\'s income total must equal T02\'s fiscal income total.',
    },
  },
  (ctx) => {
    ctx.equal(ctx.row(ctx.table('T04'), 'inc.total')?.amounts.amount, ctx.row(ctx.table('T02'), 'total')?.amounts.fiscal);
  },
);
