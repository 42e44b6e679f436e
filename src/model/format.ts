// Amounts back to the way a table shows them: its unit, its decimals, its separators.
import { absDec, fixed, groupThousands, type Dec } from './decimal.js';
import { UNIT_FACTOR, type Amount, type MoneyUnit } from './types.js';


/** Decimals written in a shown number ("5" → 0, "38.80" → 2); undefined for blank or text. */
function shownDecimals(shown: string): number | undefined {
  const m = /^[-\d,，０-９]+(?:[.．]([\d０-９]+))?$/.exec(shown.trim());
  return m ? (m[1]?.length ?? 0) : undefined;
}

/**
 * A value in 元 shown like `like`: its unit, its thousands separators, and the decimals its
 * text has (a General-format cell shows "5"); more decimals where that would hide the difference.
 */
export function showLike(value: Dec, like: Amount): string {
  const scaled = value.div(UNIT_FACTOR[like.unit]);
  let s = fixed(scaled, shownDecimals(like.shown) ?? like.decimals);
  if (!value.eq(like.value) && s === fixed(like.value.div(UNIT_FACTOR[like.unit]), shownDecimals(like.shown) ?? like.decimals)) s = fixed(scaled, like.decimals);
  return like.shown.includes(',') ? groupThousands(s) : s;
}

/** A value in 元 in a unit with given decimals, trailing zeros trimmed past `min`. */
export function showIn(value: Dec, unit: MoneyUnit, decimals: number, min = 0): string {
  let s = fixed(value.div(UNIT_FACTOR[unit]), decimals);
  if (s.includes('.')) {
    while (s.endsWith('0') && s.split('.')[1].length > min) s = s.slice(0, -1);
    if (s.endsWith('.')) s = s.slice(0, -1);
  }
  return s;
}

export function showAbs(value: Dec, like: Amount, extra = 0): string {
  return showIn(absDec(value), like.unit, like.decimals + extra, like.decimals);
}

/**
 * A value a relation computes, in the decimals of the relation: the most its figures carry (a
 * total shown "90.3" beside parts shown "45.15" computes 90.25, not 90.3), in the total's unit.
 */
export function showRelation(value: Dec, total: Amount, figures: Amount[]): string {
  // what each figure shows ("5" shows none, "38.80" two); a blank or a dash shows nothing to go by
  const shows = [total, ...figures].filter((a) => a.unit === total.unit).map((a) => shownDecimals(a.shown)).filter((d): d is number => d !== undefined);
  const decimals = shows.length ? Math.max(...shows) : total.decimals;
  const s = fixed(value.div(UNIT_FACTOR[total.unit]), decimals);
  return total.shown.includes(',') ? groupThousands(s) : s;
}

/** A difference in the decimals of the relation, without sign. */
export function showDiff(value: Dec, total: Amount, figures: Amount[]): string {
  return showRelation(absDec(value), total, figures).replace(/,/g, '');
}
