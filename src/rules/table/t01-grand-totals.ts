import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't01-grand-totals',
    severity: 'error',
    kind: 'table',
    tables: ['T01'],
    title: {
      zh: '收入支出决算总表：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
      en: 'T01: grand totals equal the year plus balances on each side',
    },
    rationale: {
      zh: '总计是本年数与结转结余的和，两侧分别成立。',
      en: 'Each grand total is the year’s figure plus the balances brought in (income side) or carried forward (expenditure side).',
    },
    fix: {
      zh: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余。逐行核对。',
      en: 'Income grand total = income total + use of non-fiscal balances + opening balance; spending grand total = spending total + distribution + closing balance. Check those rows.',
    },
  },
  (ctx) => {
    const t = ctx.table('T01');
    const a = (key: string) => ctx.rows(t, key).map((r) => r.amounts.amount);
    const incGrand = ctx.row(t, 'inc.grand')?.amounts.amount;
    const expGrand = ctx.row(t, 'exp.grand')?.amounts.amount;
    if (incGrand && ctx.row(t, 'inc.total')) ctx.sum(incGrand, [...a('inc.total'), ...a('inc.surplus'), ...a('inc.opening')]);
    if (expGrand && ctx.row(t, 'exp.total')) ctx.sum(expGrand, [...a('exp.total'), ...a('exp.distribution'), ...a('exp.closing')]);
  },
);
