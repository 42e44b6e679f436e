// Shares and rates from displayed amounts: consistent when some true amounts inside the
// amounts' rounding intervals give the stated figure after rounding (domain.md §4).
import { Big, fixed, unitOf, ZERO, type Dec } from '../model/decimal.js';

/** Prose amounts stand for their value to 0.01 ("3万元" is 3.00). */
export const PROSE_HALF = new Big('0.005');

export type Fit = 'round' | 'truncate' | 'no';

/** Does p% (shown with `decimals`) fit 100·a/d for a, d within ±half? */
export function fitsRatio(p: Dec, decimals: number, a: Dec, d: Dec, half: Dec = PROSE_HALF): Fit {
  if (d.lte(0)) return 'no';
  const aLo = a.minus(half).lt(0) ? ZERO : a.minus(half);
  const lo = aLo.times(100).div(d.plus(half));
  const dHi = d.minus(half);
  const hi = dHi.lte(0) ? new Big('1e12') : a.plus(half).times(100).div(dHi);
  const u = unitOf(decimals);
  const roundLo = p.minus(u.div(2));
  const roundHi = p.plus(u.div(2));
  if (hi.gte(roundLo) && lo.lt(roundHi)) return 'round';
  if (hi.gte(p) && lo.lt(p.plus(u))) return 'truncate';
  return 'no';
}

export function percent(a: Dec, d: Dec, decimals: number): string {
  return fixed(a.times(100).div(d), decimals);
}

/** Displayed amounts a and b (to 0.01): can they be the same value? One cent apart is rounding. */
export function sameAmount(a: Dec, b: Dec): 'exact' | 'rounding' | 'no' {
  const diff = a.minus(b).abs();
  if (diff.eq(0)) return 'exact';
  return diff.lte(new Big('0.01')) ? 'rounding' : 'no';
}
