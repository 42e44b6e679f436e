import { defineRule } from '../rule.js';

const FUNDS: [string, string][] = [
  ['gov', 'T08'],
  ['soe', 'T09'],
];

export default defineRule(
  {
    id: 'x-t04-funds',
    severity: 'error',
    kind: 'cross',
    tables: ['T04'],
    title: { zh: '财政拨款收支总表的政府性基金、国有资本经营栏 = 两张基金表', en: 'T04 fund columns equal the two fund tables' },
    rationale: {
      zh: '政府性基金预算和国有资本经营预算财政拨款的收入、支出、年初和年末结转结余，应与各自的基金表一致；基金表注明“本表无数据”时，总表对应各栏应为零。',
      en: 'T04’s government-fund and state-capital columns (income, spending, balances) restate T08 and T09; an empty fund table means zeros in T04.',
    },
    fix: {
      zh: '公开04表的政府性基金、国有资本经营预算两栏应与公开08表、公开09表一致；基金表注明无数据时应为 0。',
      en: 'T04\'s fund columns must agree with T08 and T09; 0 when those tables say they have no data.',
    },
  },
  (ctx) => {
    const t04 = ctx.table('T04');
    if (!t04) return;
    for (const [fund, key] of FUNDS) {
      const ft = ctx.table(key);
      if (!ft) continue;
      const total = ctx.row(ft, 'total');
      const pairs: [string, string, string][] = [
        [`inc.${fund}`, 'amount', 'income'],
        [`opening.${fund}`, 'amount', 'opening'],
        ['exp.total', fund, 'exp.total'],
        ['exp.closing', fund, 'closing'],
      ];
      for (const [rowKey, role, ftRole] of pairs) {
        const a = ctx.row(t04, rowKey)?.amounts[role];
        if (!a) continue;
        if (ft.empty && !total) {
          if (!a.value.eq(0)) ctx.report('fund-empty', { fundSheet: ft.sheet, stated: a.shown }, { sheet: a.source.sheet, cell: a.source.cell, name: a.source.row }, undefined, { stated: a.shown, expected: '0' });
          continue;
        }
        ctx.equal(a, total?.amounts[ftRole]);
      }
    }
  },
);
