import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-stale-year',
    severity: 'warning',
    title: { zh: '说明：沿用了上年报告的年份', en: 'Narrative: a year left over from last year’s report' },
    rationale: {
      zh: '本年报告中出现“截至上年12月31日”或“上年预算项目资金”这类只应出现在上年报告里的年份，通常是复制上年文字后没有改。与上年比较的句子（与/比/较上年）不在此列。',
      en: 'A date such as “截至{last year}年12月31日” or “{last year}年预算” in this year’s report usually comes from copying last year’s text; comparisons with last year are not flagged.',
    },
    fix: {
      zh: '把沿用上年报告的年份改为本年度。',
      en: 'Replace last year\'s year with this year\'s.',
    },
  },
  (ctx) => {
    const y = ctx.doc.year;
    if (!y) return;
    for (const b of ctx.doc.blocks) {
      for (const m of b.text.matchAll(/截[至止]\s*(\d{4})\s*年\s*12\s*月\s*31\s*日|(?<![与比较]\s*)(\d{4})\s*年度?预算(?!数)/g)) {
        const year = +(m[1] ?? m[2]);
        if (year !== y - 1) continue;
        ctx.report('default', b, [m.index!, m.index! + m[0].length], { stated: String(year), expected: String(y), text: m[0] }, { stated: String(year), expected: String(y) });
      }
    }
  },
);
