import type { Row, Table } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../rule.js';

const TABLES = ['T02', 'T03', 'T05', 'T08', 'T09'];

/** Rows one level below `parent` (款 under 类, 项 under 款); a level the table skips is looked through. */
export function childrenOf(rows: Row[], parent: string | undefined): Row[] {
  const within = rows.filter((r) => r.code && (parent === undefined || (r.code.startsWith(parent) && r.code !== parent)));
  for (const len of [3, 5, 7]) {
    if (parent && len <= parent.length) continue;
    const level = within.filter((r) => r.code!.length === len);
    if (level.length) return level;
  }
  return [];
}

function checkTable(ctx: RuleContext, t: Table): void {
  const coded = ctx.codeRows(t);
  const total = ctx.row(t, 'total');
  for (const role of ctx.amountRoles(t)) {
    if (total) {
      const kids = childrenOf(coded, undefined);
      if (kids.length) ctx.sum(total.amounts[role], kids.map((k) => k.amounts[role]));
    }
    for (const parent of coded) {
      if (parent.code!.length === 7) continue;
      const kids = childrenOf(coded, parent.code);
      if (kids.length) ctx.sum(parent.amounts[role], kids.map((k) => k.amounts[role]));
    }
  }
}

export default defineRule(
  {
    id: 'hierarchy',
    severity: 'error',
    kind: 'table',
    tables: ['T02', 'T03', 'T05'],
    title: { zh: '科目层级：项之和 = 款，款之和 = 类，类之和 = 合计（每一金额栏）', en: 'Code hierarchy: items sum to their 款, 款 to their class, classes to the total (every amount column)' },
    rationale: {
      zh: '功能分类科目逐级汇总：同一款下各项之和等于该款，同一类下各款之和等于该类，各类之和等于合计。适用于收入决算表、支出决算表、一般公共预算财政拨款支出决算表及两张基金表的每一金额栏。',
      en: 'Functional classification codes roll up level by level. Applies to every amount column of T02, T03, T05, T08 and T09.',
    },
  },
  (ctx) => {
    for (const key of TABLES) {
      const t = ctx.table(key);
      if (t && !t.empty) checkTable(ctx, t);
    }
  },
);
