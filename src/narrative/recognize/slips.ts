// Slips a reader sees without a calculator: "%%", a percentage with a leading zero ("00%"), and the
// 【待补充…】 gaps fa-render leaves where it had nothing to write. Read in every block, tables too.
import type { Claims } from '../claims.js';
import { PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN } from '../lexicon.js';
import type { Block } from '../model.js';
import { digitsFrom, isDigit } from '../scan.js';

export interface Slip {
  block: Block;
  kind: 'typo' | 'placeholder';
  start: number;
  end: number;
  /** The slip as written ("0%%", "【待补充：单位职能】"). */
  text: string;
  /** For a placeholder: what is to be filled in. */
  what?: string;
}

/** The end of the number at `at` ("12", "3.5"), or `at` when none starts there. */
function numberEnd(text: string, at: number): number {
  let e = digitsFrom(text, at);
  if (e > at && text[e] === '.' && isDigit(text[e + 1])) e = digitsFrom(text, e + 1);
  return e;
}

export function slips(block: Block, claims: Claims): void {
  const text = block.text;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i]) || isDigit(text[i - 1])) continue;
    const e = numberEnd(text, i);
    if (text.startsWith('%%', e)) {
      claims.slips.push({ block, kind: 'typo', start: i, end: e + 2, text: text.slice(i, e + 2) });
      i = e + 1;
      continue;
    }
    // "00%", "05%": a leading zero (not the decimals of "3.05%")
    if (text[i] === '0' && isDigit(text[i + 1]) && text[i - 1] !== '.' && text[e] === '%') {
      claims.slips.push({ block, kind: 'typo', start: i, end: e + 1, text: text.slice(i, e + 1) });
      i = e;
      continue;
    }
    i = e - 1;
  }
  for (let at = text.indexOf(PLACEHOLDER_OPEN); at >= 0; at = text.indexOf(PLACEHOLDER_OPEN, at + 1)) {
    const close = text.indexOf(PLACEHOLDER_CLOSE, at);
    if (close < 0) break;
    const inner = text.slice(at + PLACEHOLDER_OPEN.length, close);
    const what = inner.startsWith('：') || inner.startsWith(':') ? inner.slice(1) : inner;
    claims.slips.push({ block, kind: 'placeholder', start: at, end: close + 1, text: text.slice(at, close + 1), what });
    at = close;
  }
}
