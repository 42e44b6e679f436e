import { FUNCTION_CODES } from '../../data/codes.js';
import { classCodeByName, knownName, nameKey } from '../../model/codes.js';
import type { WorkbookModel } from '../../model/types.js';
import { defineNarrativeRule } from '../rule.js';

/** Codes and names under a parent: the built-in list, and the workbook's own rows when given. */
function childrenNamed(parent: string, len: number, model?: WorkbookModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, name] of Object.entries(FUNCTION_CODES)) if (code.length === len && code.startsWith(parent)) out.set(code, name);
  for (const t of model?.tables ?? [])
    if (t.key === 'T05' || t.key === 'T03')
      for (const r of t.rows) if (r.code && r.code.length === len && r.code.startsWith(parent) && !out.has(r.code)) out.set(r.code, r.name);
  return out;
}

/** The listed code whose name this one is a shortening or a variant of. */
function closest(stated: string, names: Map<string, string>): [string, string] | undefined {
  const k = nameKey(stated);
  for (const [code, name] of names) if (nameKey(name) === k) return [code, name];
  for (const [code, name] of names) {
    const n = nameKey(name);
    if (n.startsWith(k) || k.startsWith(n) || n.includes(k)) return [code, name];
  }
  return undefined;
}

export default defineNarrativeRule(
  {
    id: 'n-class-name',
    severity: 'warning',
    title: { zh: '说明：类、款、项名称与科目编码的规定名称不符', en: 'Narrative: a 类/款/项 name that differs from the code’s official name' },
    rationale: {
      zh: '“{类}（类）{款}（款）{项}（项）”应使用《政府收支分类科目》中的规定名称，如“政府办公厅（室）及相关机构事务（款）”不应写作“政府办公厅（室）及相关机构（款）”。同一错误名称只报告一次。',
      en: 'Names in “{class}（类）{款}（款）{item}（项）” are the official ones; the same wrong name is reported once.',
    },
    fix: {
      zh: '使用科目的规定名称。',
      en: 'Use the code\'s official name.',
    },
  },
  (ctx) => {
    const seen = new Set<string>();
    for (const n of ctx.claims.names) {
      const cls = classCodeByName(n.lei.text);
      if (!cls) continue;
      const levels: [string | undefined, number][] = [
        [n.kuan.text, 5],
        [n.xiang?.text, 7],
      ];
      let parent = cls;
      for (const [stated, len] of levels) {
        if (!stated) break;
        const match = closest(stated, childrenNamed(parent, len, ctx.model));
        if (!match) break;
        parent = match[0];
        const official = knownName('function', match[0]) ?? match[1];
        if (nameKey(official) === nameKey(stated) || seen.has(stated)) continue;
        seen.add(stated);
        const at = n.block.text.indexOf(stated, n.start);
        ctx.report('default', n.block, [at, at + stated.length], { stated, expected: official, code: match[0] }, { stated, expected: official });
      }
    }
  },
);
