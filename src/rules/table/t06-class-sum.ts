import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't06-class-sum',
    severity: 'error',
    kind: 'table',
    tables: ['T06'],
    title: { zh: '基本支出决算表：经济分类每类 = 其各款之和', en: 'T06: each economic class equals its items' },
    rationale: {
      zh: '工资福利支出、商品和服务支出、对个人和家庭的补助、资本性支出等经济分类（类）应等于其下各款之和。',
      en: 'Each economic class (301, 302, 303, 310 …) equals the sum of its 款 rows.',
    },
    fix: {
      zh: '经济分类的类应等于其下各款之和：检查漏列的款或没有更新的类。',
      en: 'An economic class is the sum of its 款: look for a missing 款 or a class not updated.',
    },
  },
  (ctx) => {
    const rows = ctx.codeRows(ctx.table('T06'));
    for (const cls of rows.filter((r) => r.code!.length === 3)) {
      const kids = rows.filter((r) => r.code!.length === 5 && r.code!.startsWith(cls.code!));
      if (kids.length) ctx.sum(cls.amounts.amount, kids.map((k) => k.amounts.amount));
    }
  },
);
