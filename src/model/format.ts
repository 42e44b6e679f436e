// Amounts back to the way a table shows them: its unit, its decimals, its separators.
import { absDec, fixed, type Dec } from './decimal.js';
import { UNIT_FACTOR, type Amount, type MoneyUnit } from './types.js';

function group(s: string): string {
  const [i, f] = s.split('.');
  const neg = i.startsWith('-');
  const body = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + body + (f !== undefined ? '.' + f : '');
}

/** A value in 元 shown like `like` (same unit, decimals, thousands separators). */
export function showLike(value: Dec, like: Amount): string {
  const s = fixed(value.div(UNIT_FACTOR[like.unit]), like.decimals);
  return like.shown.includes(',') ? group(s) : s;
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
