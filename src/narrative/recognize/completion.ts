// Completion rates: "完成年初预算的98.20%", "完成预算100%，决算数大于预算数55.93万元", "…决算数与预算数持平".
// The rate is of the latest amount before it; what the sentence says of actual against budget
// (larger, smaller by how much, equal) is read up to the sentence's end or the next completion.
import { Big } from '../../model/decimal.js';
import type { Claims, Completion, Figure } from '../claims.js';
import type { BlockFigures } from '../figures.js';
import { ABOVE_WORDS, ACTUAL_WORD, BELOW_WORDS, BUDGET_KINDS, BUDGET_WORD, COMPLETION_WORD, FLAT_WORD, MONEY_UNITS } from '../lexicon.js';
import { decimalsOf, digitsFrom, isDigit, lowerBound, skipSpaces, TextIndex, wordAt } from '../scan.js';

const LOOK_BACK = 64;

/** "完成(年初|全年|调整)?预算" at `at`: the offset after it, or -1. */
export function completionWordAt(text: string, at: number): number {
  if (!text.startsWith(COMPLETION_WORD, at)) return -1;
  let j = at + COMPLETION_WORD.length;
  const kind = wordAt(text, j, BUDGET_KINDS);
  if (kind) j += kind.length;
  return text.startsWith(BUDGET_WORD, j) ? j + BUDGET_WORD.length : -1;
}

/** "完成…预算(数)?的?\s*p%": [start, end, the rate's offsets]. */
function rateAt(text: string, at: number): { end: number; num: [number, number] } | undefined {
  let j = completionWordAt(text, at);
  if (j < 0) return undefined;
  if (text[j] === '数') j++;
  if (text[j] === '的') j++;
  j = skipSpaces(text, j);
  if (!isDigit(text[j])) return undefined;
  let e = digitsFrom(text, j);
  if (text[e] === '.' && isDigit(text[e + 1])) e = digitsFrom(text, e + 1);
  if (text[e] !== '%') return undefined;
  return { end: e + 1, num: [j, e] };
}

/** What the words at `at` say of actual against budget: [direction, end of the words, where an amount may follow]. */
function versusAt(text: string, at: number): [1 | -1 | 0, number] | undefined {
  // "与预算持平"
  if (text.startsWith('与' + BUDGET_WORD + FLAT_WORD, at)) return [0, at + 4];
  if (!text.startsWith(ACTUAL_WORD, at)) return undefined;
  let j = at + ACTUAL_WORD.length;
  if (text[j] === '数') j++;
  const budget = (k: number): number => {
    const kind = wordAt(text, k, BUDGET_KINDS);
    if (kind) k += kind.length;
    if (!text.startsWith(BUDGET_WORD, k)) return -1;
    k += BUDGET_WORD.length;
    return text[k] === '数' ? k + 1 : k;
  };
  const above = wordAt(text, j, ABOVE_WORDS);
  const below = above ? undefined : wordAt(text, j, BELOW_WORDS);
  if (above || below) {
    const k = budget(j + (above ?? below)!.length);
    return k < 0 ? undefined : [above ? 1 : -1, k];
  }
  if (text[j] === '与') {
    const k = budget(j + 1);
    if (k >= 0 && text.startsWith(FLAT_WORD, k)) return [0, k + FLAT_WORD.length];
  }
  return undefined;
}

/** The amount written right after the words ("大于预算数55.93万元"): where it ends, or `at`. */
function amountAfter(text: string, at: number): number {
  const j = skipSpaces(text, at);
  if (!isDigit(text[j])) return at;
  let e = digitsFrom(text, j);
  if (text[e] === '.' && isDigit(text[e + 1])) e = digitsFrom(text, e + 1);
  const u = skipSpaces(text, e);
  const unit = wordAt(text, u, MONEY_UNITS);
  return unit ? u + unit.length : at;
}

export function completions(bf: BlockFigures, claims: Claims): void {
  const { block, index, figures: figs, starts } = bf;
  const text = block.text;
  for (const at of index.positions(COMPLETION_WORD)) {
    const r = rateAt(text, at);
    if (!r) continue;
    const shown = text.slice(r.num[0], r.num[1]);
    let of: Figure | undefined;
    for (let j = lowerBound(starts, at) - 1, n = 0; j >= 0 && n < LOOK_BACK; j--, n++)
      if (figs[j].money && figs[j].role === 'figure') {
        of = figs[j];
        break;
      }
    const completion: Completion = { block, text: text.slice(at, r.end), start: at, value: new Big(shown), shown, decimals: decimalsOf(shown), of };
    // "…，决算数大于预算数55.93万元" / "决算数与预算数持平" in the same sentence
    const from = r.end;
    const end = nextStop(index, from);
    for (let i = from; i < end; i++) {
      const vs = versusAt(text, i);
      if (!vs) continue;
      const close = vs[0] === 0 ? vs[1] : Math.min(amountAfter(text, vs[1]), end);
      completion.direction = vs[0];
      for (let j = lowerBound(starts, i); j < figs.length && figs[j].start < close; j++)
        if (figs[j].money) {
          completion.diff = figs[j];
          break;
        }
      if (completion.diff) completion.diff.role = 'budgetDiff';
      break;
    }
    claims.completions.push(completion);
  }
}

/** The end of what a completion's sentence says: the next 。；; or the next completion rate. */
function nextStop(index: TextIndex, from: number): number {
  const stop = index.nextOf('。；;', from);
  for (let i = index.firstIn(COMPLETION_WORD, from); i >= 0 && i < stop; i = index.firstIn(COMPLETION_WORD, i + 1)) if (completionWordAt(index.text, i) >= 0) return i;
  return stop;
}
