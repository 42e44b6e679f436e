import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'fund-balance',
    severity: 'error',
    kind: 'table',
    tables: [],
    title: { zh: '基金表：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余；本年支出 = 基本支出 + 项目支出', en: 'T08/T09: opening + income − spending = closing; spending = basic + project' },
    rationale: {
      zh: '政府性基金和国有资本经营预算财政拨款表每行收支结余平衡，且本年支出等于基本支出与项目支出之和。',
      en: 'In both fund tables every row balances, and spending is basic plus project spending.',
    },
    fix: {
      zh: '每行：年末 = 年初 + 本年收入 − 本年支出；本年支出 = 基本支出 + 项目支出。',
      en: 'Each row: closing = opening + income − spending; spending = basic + project.',
    },
  },
  (ctx) => {
    for (const key of ['T08', 'T09']) {
      const t = ctx.table(key);
      if (!t || t.empty) continue;
      for (const r of t.rows) {
        const a = r.amounts;
        if ('closing' in a && 'opening' in a && 'income' in a) ctx.sum(a.closing, [a.opening, a.income, [a['exp.total'], -1]]);
        if ('exp.basic' in a && 'exp.project' in a) ctx.sum(a['exp.total'], [a['exp.basic'], a['exp.project']]);
      }
    }
  },
);
