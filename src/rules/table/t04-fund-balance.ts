import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't04-fund-balance',
    severity: 'error',
    kind: 'table',
    tables: ['T04'],
    title: { zh: '财政拨款收入支出决算总表：每类资金 本年收入 + 年初结转和结余 = 本年支出 + 年末结转和结余', en: 'T04: per fund, income plus opening balance equals spending plus closing balance' },
    rationale: {
      zh: '三类财政拨款各自收支平衡：年初结转和结余加本年收入，等于本年支出加年末结转和结余。',
      en: 'Each appropriation fund balances on its own: opening + income = spending + closing.',
    },
    fix: {
      zh: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出：重新计算年末数。',
      en: 'Closing = opening + income − spending: recompute the closing balance.',
    },
  },
  (ctx) => {
    const t = ctx.table('T04');
    const expTotal = ctx.row(t, 'exp.total');
    const closing = ctx.row(t, 'exp.closing');
    if (!expTotal || !closing) return;
    for (const fund of ['gpb', 'gov', 'soe']) {
      const income = ctx.row(t, `inc.${fund}`)?.amounts.amount;
      const opening = ctx.row(t, `opening.${fund}`)?.amounts.amount;
      if (!income || !opening || !(fund in expTotal.amounts)) continue;
      // closing = income + opening − spending
      ctx.sum(closing.amounts[fund], [income, opening, [expTotal.amounts[fund], -1]]);
    }
  },
);
