import type { Row, Table } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../rule.js';

const TABLES = ['T02', 'T03', 'T05', 'T08', 'T09'];

/**
 * Each row's parent: a 项 under its 款, a 款 under its 类, a 类 under the 合计 row ('').
 * A level the table does not print is looked through (a 项 whose 款 is absent goes under its 类).
 */
export function families(rows: Row[]): Map<string, Row[]> {
  const present = new Set(rows.map((r) => r.code!));
  const kids = new Map<string, Row[]>();
  for (const r of rows) {
    const code = r.code!;
    let parent = '';
    for (const len of [5, 3]) {
      if (len < code.length && present.has(code.slice(0, len))) {
        parent = code.slice(0, len);
        break;
      }
    }
    const list = kids.get(parent);
    if (list) list.push(r);
    else kids.set(parent, [r]);
  }
  return kids;
}

function checkTable(ctx: RuleContext, t: Table): void {
  const coded = ctx.codeRows(t);
  const kids = families(coded);
  const roles = ctx.amountRoles(t);
  const check = (parent: Row | undefined, children: Row[] | undefined) => {
    if (!parent || !children?.length) return;
    for (const role of roles) ctx.sum(parent.amounts[role], children.map((k) => k.amounts[role]));
  };
  check(ctx.row(t, 'total'), kids.get(''));
  // only 类 and 款 have children: a 项's code is no key of `kids`
  for (const r of coded) if (r.code!.length < 7) check(r, kids.get(r.code!));
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
    fix: {
      zh: '类等于其下各款之和，款等于其下各项之和：检查是否漏列某一项，或上级行没有随明细更新。',
      en: 'A class is the sum of its 款, a 款 the sum of its 项: look for an item left out or a parent row not updated.',
    },
  },
  (ctx) => {
    for (const key of TABLES) {
      const t = ctx.table(key);
      if (t && !t.empty) checkTable(ctx, t);
    }
  },
);
