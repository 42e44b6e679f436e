// 第三部分 名词解释: the standard terms (src/data/glossary.ts), one entry for each 功能分类 项 the
// department spent on, and the profile's own entries; numbered in that order.
import { FUNCTION_CLASSES, FUNCTION_CODES } from '../../data/codes.js';
import { ITEM_PATTERNS, ITEMS, otherItemText, TERMS, type Term } from '../../data/glossary.js';
import type { Row } from '../../model/types.js';
import { byText } from '../tables.js';
import type { ViewContext } from './context.js';

interface Entry {
  no: number;
  term: string;
  text: string;
}

/** The 项 with spending, in code order: 公开03表 (all funds) and 公开05表 (general budget), each once. */
function spentItems(c: ViewContext): { code: string; name: (code: string) => string }[] {
  const seen = new Map<string, Row[]>();
  for (const key of ['T03', 'T05']) {
    const t = c.table(key);
    if (!t) continue;
    const rows = t.rows.filter((r) => r.code);
    for (const r of rows)
      if (r.code!.length === 7 && !seen.has(r.code!) && Object.values(r.amounts).some((a) => a && !a.value.eq(0))) seen.set(r.code!, rows);
  }
  return [...seen.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([code, rows]) => ({ code, name: (k: string) => rows.find((r) => r.code === k)?.name ?? FUNCTION_CODES[k] ?? FUNCTION_CLASSES[k] ?? k }));
}

export function glossary(c: ViewContext): Entry[] {
  const shown = (t: Term) => {
    if (!t.when) return true;
    const v = c.amount(...t.when);
    return !!v && !v.eq(0);
  };
  const entries: Omit<Entry, 'no'>[] = TERMS.filter((t) => t.place === 'before' && shown(t)).map((t) => ({ term: t.term, text: t.text }));
  for (const { code, name } of spentItems(c)) {
    const lei = name(code.slice(0, 3)).replace(/支出$/, '');
    const kuan = name(code.slice(0, 5));
    const xiang = name(code);
    const text =
      ITEMS[code] ??
      ITEM_PATTERNS.find((p) => p.name.test(xiang))?.text ??
      (/^其他/.test(xiang) ? otherItemText(kuan, lei, /^其他/.test(kuan)) : c.missing('gap.glossaryItem', { code, name: xiang }));
    entries.push({ term: `${lei}（类）${kuan}（款）${xiang}（项）`, text });
  }
  entries.push(...TERMS.filter((t) => t.place === 'after' && shown(t)).map((t) => ({ term: t.term, text: t.text })));
  // the profile's own entries: "术语：解释", or a sentence as it is
  for (const extra of c.profile.glossary ?? []) {
    const m = /^([^：:]{1,40})[：:](.+)$/s.exec(extra);
    entries.push(m ? { term: m[1], text: m[2] } : { term: '', text: extra });
  }
  return entries.map((e, i) => ({ ...e, no: i + 1 }));
}
