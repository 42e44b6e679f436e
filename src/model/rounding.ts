// Is a relation consistent at the precision shown? The one place that answers it.
//
// A value v shown to a step s stands for [v − s/2, v + s/2) (rounded half up). A relation
// total = Σ wᵢ·itemᵢ can hold for some true values iff |total − Σ wᵢ·vᵢ| < half(total) + Σ|wᵢ|·half(itemᵢ)
// (strict: the intervals are half-open). Amounts in 元 are exact (half = 0): equality is demanded.
import { absDec, Big, ZERO, type Dec } from './decimal.js';
import type { Amount } from './types.js';

export type Verdict = 'exact' | 'rounding' | 'mismatch';

export interface Term {
  amount: Amount;
  weight: 1 | -1;
}

export interface SumResult {
  verdict: Verdict;
  /** Σ wᵢ·vᵢ in 元. */
  expected: Dec;
  /** total − expected, in 元. */
  diff: Dec;
  /** The rounding bound in 元. */
  bound: Dec;
}

const EXACT: SumResult = { verdict: 'exact', expected: ZERO, diff: ZERO, bound: ZERO };

/** 分 (an exact integer) as 元. */
function yuanOfFen(fen: bigint): Dec {
  return new Big(fen.toString()).div(100);
}

/** The same test in whole 分 (BigInt): exact and fast; undefined when some amount is not whole 分. */
function sumInFen(total: Amount, terms: Term[]): SumResult | undefined {
  if (total.fen === undefined || total.halfFen === undefined) return undefined;
  let expected = 0n;
  let bound = total.halfFen;
  for (const t of terms) {
    const a = t.amount;
    if (a.fen === undefined || a.halfFen === undefined) return undefined;
    expected += t.weight === 1 ? a.fen : -a.fen;
    bound += a.halfFen;
  }
  const diff = total.fen - expected;
  if (diff === 0n) return EXACT;
  const verdict: Verdict = (diff < 0n ? -diff : diff) < bound ? 'rounding' : 'mismatch';
  // the figures for the finding, without a decimal object per term
  return { verdict, expected: yuanOfFen(expected), diff: yuanOfFen(diff), bound: yuanOfFen(bound) };
}

export function checkSum(total: Amount, terms: Term[]): SumResult {
  // most relations of a correct table hold exactly: settle those without decimal objects
  const inFen = sumInFen(total, terms);
  if (inFen) return inFen;
  let expected = ZERO;
  let sameHalf = true;
  for (const t of terms) {
    const v = t.amount.value;
    // zeros are most cells of a large table: skip their arithmetic
    if (v.c[0] !== 0) expected = t.weight === 1 ? expected.plus(v) : expected.minus(v);
    if (t.amount.half !== total.half && !t.amount.half.eq(total.half)) sameHalf = false;
  }
  let bound = total.half;
  if (sameHalf) bound = total.half.c[0] === 0 ? total.half : total.half.times(terms.length + 1);
  else for (const t of terms) bound = bound.plus(t.amount.half);
  const diff = total.value.minus(expected);
  const verdict: Verdict = diff.eq(0) ? 'exact' : absDec(diff).lt(bound) ? 'rounding' : 'mismatch';
  return { verdict, expected, diff, bound };
}

/** The display step of an amount in 元 (0 when exact). */
export function step(a: Amount): Dec {
  return a.half.times(2);
}

/**
 * The same figure printed twice. Equal is fine; one display step apart is a rounding
 * difference (one table may have been summed from rounded cells); more is a mismatch.
 */
const SAME: { verdict: Verdict; diff: Dec } = { verdict: 'exact', diff: ZERO };

export function checkEqual(a: Amount, b: Amount): { verdict: Verdict; diff: Dec } {
  if (a.fen !== undefined && a.fen === b.fen) return SAME;
  const diff = a.value.minus(b.value);
  if (diff.eq(0)) return { verdict: 'exact', diff };
  const unit = step(a).gt(step(b)) ? step(a) : step(b);
  return { verdict: unit.gt(0) && absDec(diff).lte(unit) ? 'rounding' : 'mismatch', diff };
}

/** part ≤ whole. Equality is never demanded; exceeding by one display step is a rounding note. */
export function checkLeq(part: Amount, whole: Amount): { verdict: Verdict; diff: Dec } {
  // in whole 分 without decimal objects; the difference only matters when the part is larger
  if (part.fen !== undefined && whole.fen !== undefined && part.fen <= whole.fen) return SAME;
  const diff = part.value.minus(whole.value);
  if (diff.lte(0)) return { verdict: 'exact', diff };
  const unit = step(part).gt(step(whole)) ? step(part) : step(whole);
  return { verdict: unit.gt(0) && diff.lte(unit) ? 'rounding' : 'mismatch', diff };
}
