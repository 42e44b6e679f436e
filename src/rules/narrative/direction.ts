import { sameAmount } from '../../model/rounding.js';
import { fixed } from '../../model/decimal.js';
import { defineNarrativeRule } from '../rule.js';

const RELATION: Record<string, string> = { '1': 'above', '-1': 'below', '0': 'equal' };

export default defineNarrativeRule(
  {
    id: 'n-direction',
    severity: 'error',
    title: { zh: '说明：“决算数大于/小于/持平预算数”与所写决算数、预算数不符', en: 'Narrative: “the actual is above/below/equal to the budget” that the stated figures contradict' },
    rationale: {
      zh: '“决算数小于预算数的主要原因……”“决算数与预算数持平”等说法，应与同一项目前文所写的预算数、决算数一致（“持平”允许一分的四舍五入差；“基本持平”不一致时为警告）。只有能确定是同一项目的两个数时才核对。',
      en: 'Words such as “决算数小于预算数” or “决算数与预算数持平” must agree with the same item’s budget and actual written before them (equal within a cent; “基本持平” that does not hold is a warning). Checked only when both figures are surely the item’s.',
    },
    fix: {
      zh: '按决算数与预算数的实际大小改正“大于/小于/持平”，或改正数字。',
      en: 'Correct the word (above/below/equal) to what the figures say, or correct the figures.',
    },
  },
  (ctx) => {
    for (const d of ctx.claims.directions) {
      const a = d.actual.value;
      const b = d.budget.value;
      const same = sameAmount(a, b) !== 'no';
      const relation: 1 | -1 | 0 = same ? 0 : a.gt(b) ? 1 : -1;
      if (d.allowed.includes(relation)) continue;
      // "持平" where they are a cent apart is rounding; "基本持平" is loose: a warning
      const args = { stated: d.text, actual: d.actual.text, budget: d.budget.text, relation: RELATION[String(relation)], diff: fixed(a.minus(b).abs(), 2) };
      if (d.allowed.length === 1 && d.allowed[0] === 0 && d.loose) ctx.report('loose', d.block, [d.start, d.end], args, { severity: 'warning', stated: d.text });
      else ctx.report('default', d.block, [d.start, d.end], args, { stated: d.text });
    }
  },
);
