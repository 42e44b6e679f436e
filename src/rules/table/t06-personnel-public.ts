import type { Row } from '../../model/types.js';
import { defineRule } from '../rule.js';

const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '307', '309', '310', '399'];

/** The 类 rows of the given classes, or their 款 rows where the table prints no 类 row. */
export function econParts(rows: Row[], classes: string[]): Row[] {
  return classes.flatMap((c) => {
    const cls = rows.filter((r) => r.code === c);
    return cls.length ? cls : rows.filter((r) => r.code!.length === 5 && r.code!.startsWith(c));
  });
}

export default defineRule(
  {
    id: 't06-personnel-public',
    severity: 'error',
    kind: 'table',
    tables: ['T06'],
    title: { zh: '基本支出决算表：人员经费合计 = 301 + 303；公用经费合计 = 302 + 310（及 307、309、399）', en: 'T06: personnel total = 301 + 303; public-use total = 302 + 310 (+ 307, 309, 399)' },
    rationale: {
      zh: '人员经费由工资福利支出和对个人和家庭的补助构成，公用经费由商品和服务支出、资本性支出等构成。',
      en: 'Personnel costs are wages and benefits plus transfers to households; public-use costs are goods and services plus capital spending (and the other classes where listed).',
    },
    fix: {
      zh: '人员经费合计应等于 301、303 类之和，公用经费合计等于其余各类之和。',
      en: 'Personnel is classes 301 + 303; public-use is the other classes.',
    },
  },
  (ctx) => {
    const t = ctx.table('T06');
    const rows = ctx.codeRows(t);
    const personnel = ctx.row(t, 'personnel.total');
    const pub = ctx.row(t, 'public.total');
    if (personnel) ctx.sum(personnel.amounts.amount, econParts(rows, PERSONNEL).map((r) => r.amounts.amount));
    if (pub) ctx.sum(pub.amounts.amount, econParts(rows, PUBLIC).map((r) => r.amounts.amount));
  },
);
