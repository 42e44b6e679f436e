import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'duplicate-code',
    severity: 'warning',
    kind: 'sanity',
    title: { zh: '同一张表中科目编码重复', en: 'Code listed twice in one table' },
    rationale: {
      zh: '同一科目在一张表中只能出现一次，重复的行会被重复汇总。',
      en: 'A code appears once per table; a repeated row gets counted twice.',
    },
    fix: {
      zh: '同一科目只列一行：合并重复的行。',
      en: 'List each code once: merge the duplicate rows.',
    },
  },
  (ctx) => {
    for (const t of ctx.model.tables) {
      if (!t.core) continue;
      const seen = new Map<string, string | undefined>();
      for (const r of ctx.codeRows(t)) {
        if (seen.has(r.code!)) ctx.report('default', { sheet: t.sheet, cell: r.labelCell ?? '', code: r.code!, first: seen.get(r.code!) ?? '' }, { sheet: t.sheet, cell: r.labelCell, code: r.code, name: r.name });
        else seen.set(r.code!, r.labelCell);
      }
    }
  },
);
