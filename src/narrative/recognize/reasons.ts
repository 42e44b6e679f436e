// The reasons given for a change: "…减少1.10万元。主要原因是公务用车运行维护费减少0.80万元，公务接待费
// 减少0.60万元。" — the changes named after 主要原因, in its paragraph or the next (up to a heading,
// another numbered item, or the end of a reason complete in its own paragraph).
import type { Figure, Reading } from '../claims.js';
import { COMPLETE_REASONS, ENUM_COMMA, ENUM_DOTS, NUMERALS, REASON_TAILS, REASON_WORDS } from '../lexicon.js';
import { digitsFrom, isSpace, lowerBound, wordAt, oneOf } from '../scan.js';

/** A reason list longer than this is not one (and not read as one). */
const MAX_REASONS = 64;

/** Where "主要(变动)?原因" first stands in a text, or -1. */
function reasonAt(text: string): [number, number] {
  let best = -1;
  let len = 0;
  for (const w of REASON_WORDS) {
    const i = text.indexOf(w);
    if (i >= 0 && (best < 0 || i < best)) {
      best = i;
      len = w.length;
    }
  }
  return [best, len];
}

/** Does a paragraph open a numbered item ("1." "2、" "（三）")? */
function opensItem(text: string): boolean {
  const d = digitsFrom(text, 0);
  if (d > 0 && d <= 2 && (oneOf(ENUM_DOTS, text[d]) || text[d] === ENUM_COMMA)) return true;
  if (text[0] !== '（') return false;
  let k = 1;
  while (oneOf(NUMERALS, text[k])) k++;
  return k > 1 && text[k] === '）';
}

/** Is there more than the reason words (and 。 and spaces) after `at`? */
function saysMore(text: string, at: number, len: number): boolean {
  let i = at + len;
  const tail = wordAt(text, i, REASON_TAILS);
  if (tail) i += tail.length;
  if (oneOf('：:，,', text[i]) && i < text.length) i++;
  for (; i < text.length; i++) if (text[i] !== '。' && !isSpace(text[i])) return true;
  return false;
}

/** A reason's key without the words that open the reasons ("主要原因是基本支出" → 基本支出). */
function withoutReasonWords(key: string): string {
  const w = REASON_WORDS.find((r) => key.startsWith(r));
  if (!w) return key;
  const rest = key.slice(w.length);
  return rest.startsWith('是') || rest.startsWith('为') ? rest.slice(1) : rest;
}

export function reasons(reading: Reading): void {
  const { doc, byBlock, claims } = reading;
  const found = new Map<number, [number, number]>();
  const reasonOf = (i: number) => {
    let r = found.get(i);
    if (!r) found.set(i, (r = reasonAt(doc.blocks[i].text)));
    return r;
  };
  for (const yoy of claims.yoys) {
    if (!yoy.delta || yoy.listed) continue;
    const start = yoy.block.index - 1;
    const deltas: Figure[] = [];
    let seen = false;
    for (let j = start; j < doc.blocks.length && deltas.length <= MAX_REASONS; j++) {
      const b = doc.blocks[j];
      if (j > start && (b.heading || b.kind !== 'p')) break;
      const [at, len] = reasonOf(j);
      if (j === start && at < 0) continue;
      if (at >= 0) seen = true;
      if (!seen) break;
      // a new numbered item is no longer the reasons
      if (j > start && opensItem(b.text)) break;
      const bf = byBlock.get(b);
      const figs = bf?.figures ?? [];
      const from = j === start && bf ? lowerBound(bf.starts, at) : 0;
      for (let k = from; k < figs.length && deltas.length <= MAX_REASONS; k++) {
        const f = figs[k];
        if (f.role !== 'delta' || !f.money || f === yoy.delta) continue;
        deltas.push(f);
      }
      // "主要原因是……。" complete in this paragraph: the reasons end here
      if (j === start && saysMore(b.text, at, len)) break;
    }
    if (!deltas.length || deltas.length > MAX_REASONS) continue;
    // 基本支出 and 项目支出, and nothing else: a complete breakdown of the change
    const keys = deltas.map((d) => withoutReasonWords(d.key));
    const complete = deltas.length === COMPLETE_REASONS.length && COMPLETE_REASONS.every((w) => keys.some((k) => k.startsWith(w)));
    claims.reasons.push({ yoy, deltas, complete });
  }
}
