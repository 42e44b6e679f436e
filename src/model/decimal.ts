// Exact decimal helpers. Money never passes through a binary float here:
// numbers read from xlsx are converted through their shortest decimal string.
import Big from 'big.js';

export type Dec = Big;
export { Big };

export const ZERO = new Big(0);
const ROUND_HALF_UP = 1;

/** Full-width digits and signs to ASCII; drops spaces (incl. ideographic). */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－—–−]/g, '-')
    .replace(/[＋]/g, '+')
    .replace(/[％]/g, '%')
    .replace(/[\s\u3000\u00a0]+/g, '');
}

export interface ParsedNumber {
  value: Big;
  /** Decimals as written ("38.8" → 1, "3" → 0). */
  decimals: number;
  /** The text stood for zero without digits ("-", "—"). */
  dash: boolean;
}

const NUMBER_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const PAREN_NEGATIVE = /^[(（](.*)[)）]$/;

/**
 * Parse an amount as printed: thousands separators, full-width digits,
 * "-" for zero, "(1.00)" for negative. Returns null for anything else.
 */
export function parseAmountText(raw: string): ParsedNumber | null {
  let text = normaliseDigits(raw);
  if (text === '') return null;
  if (/^-+$/.test(text) || text === '/') return { value: ZERO, decimals: 0, dash: true };
  let negative = false;
  const paren = PAREN_NEGATIVE.exec(text);
  if (paren) {
    negative = true;
    text = paren[1];
  }
  if (!NUMBER_TEXT.test(text)) return null;
  const plain = text.replace(/,/g, '');
  const dot = plain.indexOf('.');
  const decimals = dot < 0 ? 0 : plain.length - dot - 1;
  let value = new Big(plain);
  if (negative) value = value.times(-1);
  return { value, decimals, dash: false };
}

/** A JS number from a cell as an exact decimal of its shortest repr. */
export function decimalOfCell(n: number): Big {
  return new Big(String(n));
}

/** Decimals shown by the shortest representation of a Big. */
export function decimalsOf(value: Big): number {
  const s = value.toFixed();
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function roundHalfUp(value: Big, decimals: number): Big {
  return value.round(decimals, ROUND_HALF_UP);
}

/** Fixed decimals, round half up, no thousands separators. */
export function fixed(value: Big, decimals: number): string {
  return value.toFixed(decimals, ROUND_HALF_UP);
}

/** A decimal as written, without trailing zeros ("100", "38.8"). */
export function show(value: Big): string {
  return value.toFixed();
}

/** Thousands separators on a plain decimal string ("-1234567.5" → "-1,234,567.5"). */
export function groupThousands(s: string): string {
  if (s.length < 4 || (s.indexOf('.') >= 0 && s.indexOf('.') < 4)) return s;
  const [i, f] = s.split('.');
  const neg = i.startsWith('-');
  const body = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + body + (f !== undefined ? '.' + f : '');
}

/** 10^-decimals as a Big. */
export function unitOf(decimals: number): Big {
  return new Big(1).div(new Big(10).pow(decimals));
}

export function sum(values: Big[]): Big {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

export function absDec(v: Big): Big {
  return v.lt(0) ? v.times(-1) : v;
}
