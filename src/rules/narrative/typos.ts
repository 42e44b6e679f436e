import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-typo',
    severity: 'warning',
    title: { zh: '说明：“%%”、“00%”等数字笔误', en: 'Narrative: slips such as “%%” and “00%”' },
    rationale: { zh: '重复的百分号、带前导零的百分数说明数字是手工改过的，应逐一核对。', en: 'A doubled percent sign or a percentage with a leading zero shows a hand-edited figure.' },
    fix: {
      zh: '改正笔误（如“%%”“00%”、重复的字）。',
      en: 'Correct the slip (%%, 00%, a doubled word).',
    },
  },
  (ctx) => {
    for (const s of ctx.claims.slips) if (s.kind === 'typo') ctx.report('default', s.block, [s.start, s.end], { stated: s.text }, { stated: s.text });
  },
);
