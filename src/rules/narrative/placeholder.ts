import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-placeholder',
    severity: 'warning',
    title: { zh: '说明中仍有【待补充】内容', en: 'Narrative: a 【待补充】 marker left to fill in' },
    rationale: {
      zh: 'fa-render 在缺少资料（部门资料、上年工作簿）时写入“【待补充：…】”，提交前应补齐。',
      en: 'fa-render writes “【待补充：…】” where a profile field or last year’s workbook was missing; fill them in before publishing.',
    },
    fix: {
      zh: '在部门资料（profile.yaml）中补上该内容后重新生成，或在文档中手工填写。',
      en: 'Supply it in the department profile (profile.yaml) and render again, or fill it in by hand.',
    },
  },
  (ctx) => {
    for (const s of ctx.claims.slips) if (s.kind === 'placeholder') ctx.report('default', s.block, [s.start, s.end], { what: s.what ?? '' }, { stated: s.text });
  },
);
