import { Big, fixed, sum } from '../../model/decimal.js';
import type { Figure } from '../../narrative/claims.js';
import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-breakdown',
    severity: 'error',
    title: { zh: '说明：“其中”各项之和与总数不符', en: 'Narrative: parts do not add up to their stated total' },
    rationale: {
      zh: '“总数……其中：甲a、乙b……”、“a人、b人共N人”、“N人（a人、b人）”中，各项之和应等于总数：金额按每个数 ±0.005 的四舍五入区间判断（界内为提示），人数、车辆数、批次等计数必须精确相等。“其中”只列一项时，该项不得大于总数。',
      en: 'In “total … 其中: a, b …”, “a, b, together N” and “N (a, b)” the parts add up to the total: amounts within their rounding bound (a note), counts of people, vehicles or batches exactly. A single part listed after 其中 is never more than its total.',
    },
    fix: {
      zh: '核对“其中”各项和总数：补上遗漏的分项，或改正总数。',
      en: 'Check the parts against the total: add the missing part or correct the total.',
    },
  },
  (ctx) => {
    for (const b of ctx.claims.breakdowns) {
      // figures are compared as written: a list mixing 万元 and 元 is not summed (silent, not guessed)
      if (b.parts.some((p) => p.unit !== b.total.unit)) continue;
      const total = sum(b.parts.map((p) => p.value));
      const diff = b.total.value.minus(total).abs();
      if (diff.eq(0)) continue;
      const bound = b.total.money ? ctx.claims.half.times(b.parts.length + 1) : new Big(0);
      // in the decimals the text writes its figures with ("2906万元" → 2905)
      const expected = fixed(total, Math.max(b.total.decimals, ...b.parts.map((p) => p.decimals)));
      const args = { stated: b.total.text, expected, unit: b.total.unit, parts: b.parts.map((p) => p.text).join(' + '), n: b.parts.length };
      if (diff.lt(bound)) ctx.report('rounding', b.total.block, [b.total.start, b.total.end], args, { severity: 'info', stated: b.total.text, expected });
      else ctx.report('default', b.total.block, [b.total.start, b.total.end], args, { stated: b.total.text, expected });
    }
    // "X万元，其中：甲a万元" with one part listed: not a breakdown, but a part is never more than its whole
    // (only where the list has that one figure: in a list of items stating several figures each, a budget
    // or a difference is no part of the total, and only the breakdown above knows which are)
    const listed = new Set(ctx.claims.breakdowns.flatMap((b) => b.parts));
    const count = new Map<Figure, number>();
    for (const whole of ctx.claims.partOf.values()) count.set(whole, (count.get(whole) ?? 0) + 1);
    for (const [part, whole] of ctx.claims.partOf) {
      if (count.get(whole) !== 1 || listed.has(part) || part.unit !== whole.unit || part.role !== whole.role || part.year !== whole.year) continue;
      const bound = part.money ? ctx.claims.half.times(2) : new Big(0);
      if (!part.value.minus(whole.value).gt(bound)) continue;
      ctx.report('partExceeds', part.block, [part.start, part.end], { stated: part.text, total: whole.text, unit: part.unit }, { stated: part.text, expected: `≤ ${whole.text}` });
    }
  },
);
