// Completion rates: "完成年初预算的98.20%", "完成预算100%，决算数大于预算数55.93万元", "…决算数与预算数持平".
// The rate is of the latest amount before it; what the sentence says of actual against budget
// (larger, smaller by how much, equal) is read up to the sentence's end or the next completion.
import { Big } from '../../model/decimal.js';
import type { Claims, Completion, Figure, Reading } from '../claims.js';
import { BUDGET_KINDS, BUDGET_WORD, COMPLETION_WORD, FLAT_WORD, MONEY_UNITS } from '../lexicon.js';
import { latestBefore, versusAt } from './direction.js';
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

/** The end of a number at `at` ("84.82"), or `at`. */
function numberEnd(text: string, at: number): number {
  if (!isDigit(text[at])) return at;
  let e = digitsFrom(text, at);
  if (text[e] === '.' && isDigit(text[e + 1])) e = digitsFrom(text, e + 1);
  return e;
}

/**
 * "完成…预算(数)?的?\s*p%", and "完成全年预算84.82万元的73.2%" (the budget written before the rate):
 * the end, the rate's offsets, and where the budget's number stands.
 */
function rateAt(text: string, at: number): { end: number; num: [number, number]; budgetAt?: number } | undefined {
  let j = completionWordAt(text, at);
  if (j < 0) return undefined;
  if (text[j] === '数') j++;
  let budgetAt: number | undefined;
  const b = skipSpaces(text, j);
  const be = numberEnd(text, b);
  if (be > b) {
    const u = skipSpaces(text, be);
    const unit = wordAt(text, u, MONEY_UNITS);
    if (unit && text[u + unit.length] === '的') {
      budgetAt = b;
      j = u + unit.length;
    }
  }
  if (text[j] === '的') j++;
  j = skipSpaces(text, j);
  if (!isDigit(text[j])) return undefined;
  let e = digitsFrom(text, j);
  if (text[e] === '.' && isDigit(text[e + 1])) e = digitsFrom(text, e + 1);
  if (text[e] !== '%') return undefined;
  return { end: e + 1, num: [j, e], budgetAt };
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

export function completions(reading: Reading, bi: number, claims: Claims): void {
  const bf = reading.paragraphs[bi];
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
    // the budget: written in the rate ("完成预算29.6万元的92.8%"), else the item's own, stated before it
    // ("年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.45%")
    let budget =
      r.budgetAt !== undefined
        ? figs[lowerBound(starts, r.budgetAt)]
        : of?.item
          ? latestBefore(reading, bi, of.start, (f) => f.money && f.role === 'budget' && f.item === of!.item && (f.block !== of!.block || f.sentence >= of!.sentence - 1))
          : undefined;
    // "…年初预算为a万元，支出决算为b万元。" ⏎ "完成年初预算的p%。": a rate that opens its paragraph is of the
    // item whose budget and actual the paragraph before closes with (a line of PDF text ending at 。)
    // (only a rate the paragraph opens with: one after words of its own may name another subject)
    if (!of && r.budgetAt === undefined && !text.slice(0, at).trim()) {
      const carried = carriedOver(reading, bi);
      if (carried) [of, budget] = carried;
    }
    const completion: Completion = { block, text: text.slice(at, r.end), start: at, value: new Big(shown), shown, decimals: decimalsOf(shown), of, budget: budget?.role === 'budget' ? budget : undefined };
    // "…，决算数大于预算数55.93万元" / "决算数与预算数持平" in the same sentence
    const from = r.end;
    const end = nextStop(index, from);
    for (let i = from; i < end; i++) {
      const vs = text.startsWith('与' + BUDGET_WORD + FLAT_WORD, i) ? ([0, i + 5] as const) : versusAt(text, i);
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

/**
 * The actual and budget of one item that the paragraph before `bi` states in its last sentence (the budget
 * there or in the sentence before), when that paragraph is the one just before and not a heading.
 */
function carriedOver(reading: Reading, bi: number): [Figure, Figure] | undefined {
  const prev = reading.paragraphs[bi - 1];
  if (!prev || prev.block.heading || reading.paragraphs[bi].block.index - prev.block.index !== 1) return undefined;
  const figs = prev.figures;
  const last = figs[figs.length - 1];
  if (!last || !last.money || last.role !== 'figure' || !last.item) return undefined;
  // the paragraph ends with that sentence: nothing but its close after the actual
  const lastSentence = prev.index.sentence[prev.block.text.length - 1];
  if (last.sentence !== lastSentence) return undefined;
  const budgets = figs.filter((f) => f.money && f.role === 'budget' && f.item === last.item && f.sentence >= last.sentence - 1);
  return budgets.length === 1 ? [last, budgets[0]] : undefined;
}

/** The end of what a completion's sentence says: the next 。；; or the next completion rate. */
function nextStop(index: TextIndex, from: number): number {
  const stop = index.nextOf('。；;', from);
  for (let i = index.firstIn(COMPLETION_WORD, from); i >= 0 && i < stop; i = index.firstIn(COMPLETION_WORD, i + 1)) if (completionWordAt(index.text, i) >= 0) return i;
  return stop;
}
