import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'orphan-code',
    severity: 'warning',
    kind: 'sanity',
    title: { zh: '项缺少所属的款或类（款缺少类）', en: 'An item without its 款 or class' },
    rationale: {
      zh: '列出了项级科目却没有列出其所属的款或类（在该表列示款、类的情况下），汇总关系无法核对，通常是漏行。',
      en: 'An item whose 款 or class is missing (in a table that lists those levels) cannot be rolled up; usually a row was dropped.',
    },
    fix: {
      zh: '补上缺少的上级类或款行，或改正该行的编码。',
      en: 'Add the missing parent row, or correct the code.',
    },
  },
  (ctx) => {
    for (const t of ctx.model.tables) {
      if (!t.core || t.key === 'T06') continue;
      const codes = new Set(ctx.codeRows(t).map((r) => r.code!));
      const lengths = new Set([...codes].map((c) => c.length));
      const hasLevel = (n: number) => lengths.has(n);
      for (const r of ctx.codeRows(t)) {
        const code = r.code!;
        if (code.length === 3) continue;
        const missing = [code.length >= 5 && hasLevel(3) ? code.slice(0, 3) : '', code.length === 7 && hasLevel(5) ? code.slice(0, 5) : ''].filter((p) => p && !codes.has(p));
        if (missing.length) ctx.report('default', { sheet: t.sheet, cell: r.labelCell ?? '', code, name: r.name, missing: missing.join('、') }, { sheet: t.sheet, cell: r.labelCell, code, name: r.name });
      }
    }
  },
);
