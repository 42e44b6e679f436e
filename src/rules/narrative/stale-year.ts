import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-stale-year',
    severity: 'warning',
    title: { zh: '说明：沿用了上年报告的年份', en: 'Narrative: a year left over from last year’s report' },
    rationale: {
      zh: '本年报告中出现“截至上年12月31日”或“上年预算项目资金”这类只应出现在上年报告里的年份，或以上年年份开头、却又“较上年”比较或写“完成预算”的句子，通常是复制上年文字后没有改。与上年比较的句子（与/比/较2023年）不在此列。',
      en: 'A date such as “截至{last year}年12月31日” or “{last year}年预算”, or a sentence that opens with last year yet compares with “上年” or states a completion rate, in this year’s report usually comes from copying last year’s text; comparisons with last year are not flagged.',
    },
    fix: {
      zh: '把沿用上年报告的年份改为本年度。',
      en: 'Replace last year\'s year with this year\'s.',
    },
  },
  (ctx) => {
    const y = ctx.doc.year;
    if (!y) return;
    for (const m of ctx.claims.years) {
      // a sentence that opens with last year and compares with "上年" or states a completion rate is this
      // year's sentence with last year's label: "2022年“三公”经费…决算为3.46万元，完成预算100%，较上年增加…"
      if (m.year !== y - 1 || (m.kind === 'opening' && !m.thisYearsSentence)) continue;
      ctx.report('default', m.block, [m.start, m.end], { stated: String(m.year), expected: String(y), text: m.text }, { stated: String(m.year), expected: String(y) });
    }
  },
);
