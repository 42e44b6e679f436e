import { sameAmount } from '../../model/rounding.js';
import { canon } from '../../narrative/facts.js';
import { parentOf } from '../../narrative/recognize/restatement.js';
import type { Figure } from '../../narrative/claims.js';
import { defineNarrativeRule } from '../rule.js';

const BALANCED = new Set(['收支总计', '财政拨款收支总计']);

export default defineNarrativeRule(
  {
    id: 'n-restated',
    severity: 'error',
    title: { zh: '说明：同一项目在不同地方写成不同金额', en: 'Narrative: the same subject stated with different amounts' },
    rationale: {
      zh: '同一年度、同一项目（如基本支出、公务接待费、机关运行经费）在说明各处（正文、附件）应是同一个数。与多数处不同的那一处被报告；相差一分为提示（可能是四舍五入）。',
      en: 'The same subject in the same year is one figure wherever the document states it. The value that differs from the others is reported; one cent apart is a note.',
    },
    fix: {
      zh: '同一个数在文中只应有一种写法：找出正确的数，统一各处。',
      en: 'A figure should read the same everywhere: find the right one and use it throughout.',
    },
  },
  (ctx) => {
    // a part of a 其中 list is that total's: "商品和服务支出" of 基本支出 and of 项目支出 are two subjects
    const parent = (f: Figure) => parentOf(ctx.claims, f);
    const sameSubject = (a: Figure, b: Figure) => !parent(a) || !parent(b) || parent(a) === parent(b);
    for (const { figures: list } of ctx.claims.restatements) {
      // the value most places state is the reference; ties go to the first
      const counts = new Map<string, number>();
      for (const f of list) counts.set(f.value.toFixed(2), (counts.get(f.value.toFixed(2)) ?? 0) + 1);
      const ref = list.reduce((best, f) => (counts.get(f.value.toFixed(2))! > counts.get(best.value.toFixed(2))! ? f : best), list[0]);
      for (const f of list) {
        if (f === ref || !sameSubject(f, ref) || ctx.isFlagged(f.block, f.start)) continue;
        const fit = sameAmount(f.value, ref.value);
        if (fit === 'exact') continue;
        const args = { stated: f.text, expected: ref.text, subject: canon(f.key), whereSection: ref.block.section, whereParagraph: ref.block.index, name: f.key, other: ref.key };
        // 收入总计 and 支出总计 are two names of one balanced total
        const balance = fit === 'no' && f.key !== ref.key && BALANCED.has(canon(f.key));
        // (often 本年收入 and 本年支出 called 收、支总计: a word, not a figure, may be wrong — a warning)
        ctx.report(balance ? 'balance' : fit === 'rounding' ? 'rounding' : 'default', f.block, [f.start, f.end], args, { severity: fit === 'rounding' ? 'info' : balance ? 'warning' : 'error', stated: f.text, expected: ref.text });
      }
    }
  },
);
