import { ECONOMIC_CODES, FUNCTION_CLASSES } from '../../data/codes.js';
import { knownName } from '../../model/codes.js';
import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'unknown-code',
    severity: 'warning',
    kind: 'sanity',
    title: { zh: '未知的科目编码', en: 'Unknown classification code' },
    rationale: {
      zh: '功能分类的类、经济分类的类必须是规定的编码，否则为警告；款、项不在内置编码表中时仅作提示（内置表只收常见科目，可在配置文件中扩充）。',
      en: 'A functional or economic class that does not exist is a warning; an item not in the built-in list is only noted, since that list holds the common codes and can be extended in the config file.',
    },
    fix: {
      zh: '核对编码是否录错；确为本地科目时在配置文件 codes 中补充。',
      en: 'Check the code for a typo; add a genuine local code under codes in the config file.',
    },
  },
  (ctx) => {
    for (const t of ctx.model.tables) {
      if (!t.core || t.key === 'T01' || t.key === 'T04') continue;
      const economic = t.key === 'T06';
      const unlisted: typeof t.rows = [];
      for (const r of ctx.codeRows(t)) {
        const code = r.code!;
        const cls = code.slice(0, 3);
        const classKnown = economic ? cls in ECONOMIC_CODES : cls in FUNCTION_CLASSES;
        if (!classKnown) ctx.report('default', { sheet: t.sheet, cell: r.labelCell ?? '', code, name: r.name }, { sheet: t.sheet, cell: r.labelCell, code, name: r.name }, 'warning');
        else if (!knownName(economic ? 'economic' : 'function', code)) unlisted.push(r);
      }
      // codes missing from the partial built-in list: one note per table, not one per row
      if (unlisted.length) {
        const first = unlisted[0];
        const codes = unlisted.slice(0, 8).map((r) => r.code).join('、') + (unlisted.length > 8 ? ' …' : '');
        ctx.report('unlisted', { sheet: t.sheet, cell: first.labelCell ?? '', count: unlisted.length, codes }, { sheet: t.sheet, cell: first.labelCell, code: first.code, name: first.name }, 'info');
      }
    }
  },
);
