import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-unit-missing',
    severity: 'warning',
    title: { zh: '说明：金额缺少单位', en: 'Narrative: an amount without its unit' },
    rationale: { zh: '“决算数为817.16，”这样的金额没有写“万元”，读者无法确定单位。', en: 'An amount such as “决算数为817.16，” lacks its 万元.' },
    fix: {
      zh: '在金额后补上单位“万元”。',
      en: 'Add the unit (万元) after the amount.',
    },
  },
  (ctx) => {
    for (const f of ctx.claims.figures) if (f.unitMissing) ctx.report('default', f.block, [f.start, f.end], { stated: f.text }, { stated: f.text, expected: `${f.text}万元` });
  },
);
