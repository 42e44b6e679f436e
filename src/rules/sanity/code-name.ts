import { expectedName, nameAgrees } from '../../model/codes.js';
import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 'code-name',
    severity: 'warning',
    kind: 'sanity',
    title: { zh: '科目名称与编码不符', en: 'Code and name disagree' },
    rationale: {
      zh: '每个科目编码有规定的名称（《政府收支分类科目》）。名称不符常因套用旧表、错行或旧科目名称（如“医疗卫生与计划生育支出”已更名为“卫生健康支出”）。编码表可在配置文件中扩充。',
      en: 'Every classification code has an official name. A different name usually comes from an old template, a shifted row or a renamed class. The code list can be extended in the config file.',
    },
    fix: {
      zh: '改用现行《政府收支分类科目》中的规定名称；旧名称可在配置文件 aliases 中登记为同义。',
      en: 'Use the current official name; register an old name under aliases in the config file.',
    },
  },
  (ctx) => {
    for (const t of ctx.model.tables) {
      if (!t.core || t.key === 'T01' || t.key === 'T04') continue;
      const kind = t.key === 'T06' ? 'economic' : 'function';
      for (const r of ctx.codeRows(t)) {
        if (!r.name || nameAgrees(kind, r.code!, r.name) !== false) continue;
        const expected = expectedName(kind, r.code!, r.name) ?? '';
        ctx.report('default', { sheet: t.sheet, cell: r.labelCell ?? '', code: r.code!, stated: r.name, expected }, { sheet: t.sheet, cell: r.labelCell, code: r.code, name: r.name }, undefined, { stated: r.name, expected });
      }
    }
  },
);
