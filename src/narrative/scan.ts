// One pass over a paragraph's text: its sentences, the clause stops before every offset, and the
// places of the words the recognisers ask about. Everything here runs in time linear in the text
// (each helper looks at a bounded window or at an index built once), so no input can make the
// reader backtrack: there are no regular expressions on the paragraph's text.
import { CLAUSE_MARKS, SENTENCE_ENDS } from './lexicon.js';

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\u3000';

/** The first of `words` that `text` has at `at` (in the order given), if any. */
export function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** The longest of `words` that ends at `end`, if any. */
export function wordBefore(text: string, end: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (end >= w.length && text.startsWith(w, end - w.length) && (!best || w.length > best.length)) best = w;
  return best;
}

/** Offset after the spaces from `at`. */
export function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text[at])) at++;
  return at;
}

/** Offset of the spaces before `end` (where they start). */
export function spacesBefore(text: string, end: number, floor = 0): number {
  while (end > floor && isSpace(text[end - 1])) end--;
  return end;
}

/** The end of the digit run from `at`. */
export function digitsFrom(text: string, at: number): number {
  while (at < text.length && isDigit(text[at])) at++;
  return at;
}

/** The number ("12", "3.46") ending at `end`, as [start, end], when digits end there. */
export function numberBefore(text: string, end: number): [number, number] | undefined {
  let a = end;
  while (a > 0 && isDigit(text[a - 1])) a--;
  if (a === end) return undefined;
  if (a >= 2 && text[a - 1] === '.' && isDigit(text[a - 2])) {
    let b = a - 1;
    while (b > 0 && isDigit(text[b - 1])) b--;
    return [b, end];
  }
  return [a, end];
}

/** Decimal places of a number as written. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Does `s` contain a digit? (For short strings: a clause, a key.) */
export function hasDigit(s: string): boolean {
  for (const c of s) if (isDigit(c)) return true;
  return false;
}

/** First index in sorted `xs` with xs[i] >= v. */
export function lowerBound(xs: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A paragraph's text with its sentences and an index of words, built once. */
export class TextIndex {
  /** Sentence number of every offset (and of the offset after the end). */
  readonly sentence: Int32Array;
  /** Start offset of each sentence. */
  readonly sentenceStarts: number[] = [];
  private words = new Map<string, number[]>();
  private lastOf = new Map<string, Int32Array>();

  constructor(readonly text: string) {
    const n = text.length;
    this.sentence = new Int32Array(n + 1);
    let s = 0;
    this.sentenceStarts.push(0);
    for (let i = 0; i < n; i++) {
      this.sentence[i] = s;
      if (SENTENCE_ENDS.includes(text[i])) {
        s++;
        this.sentenceStarts.push(i + 1);
      }
    }
    this.sentence[n] = s;
  }

  /** Where the sentence holding `at` starts. */
  sentenceStart(at: number): number {
    return this.sentenceStarts[this.sentence[Math.min(at, this.text.length)]];
  }

  /** Offsets where `word` starts, in order. */
  positions(word: string): number[] {
    let ps = this.words.get(word);
    if (!ps) {
      ps = [];
      for (let i = this.text.indexOf(word); i >= 0; i = this.text.indexOf(word, i + 1)) ps.push(i);
      this.words.set(word, ps);
    }
    return ps;
  }

  /** The first place in [from, to) where `word` starts, or -1. */
  firstIn(word: string, from: number, to = this.text.length): number {
    const ps = this.positions(word);
    const i = lowerBound(ps, from);
    return i < ps.length && ps[i] < to ? ps[i] : -1;
  }

  /** The last place at or before `at` where `word` starts (String.lastIndexOf), or -1. */
  lastAt(word: string, at: number): number {
    const ps = this.positions(word);
    const i = lowerBound(ps, at + 1) - 1;
    return i >= 0 ? ps[i] : -1;
  }

  /** The first offset ≥ from whose character is one of `chars`, or the text's length. */
  nextOf(chars: string, from: number): number {
    let arr = this.lastOf.get('>' + chars);
    if (!arr) {
      const n = this.text.length;
      arr = new Int32Array(n + 1);
      arr[n] = n;
      for (let i = n - 1; i >= 0; i--) arr[i] = chars.includes(this.text[i]) ? i : arr[i + 1];
      this.lastOf.set('>' + chars, arr);
    }
    return arr[Math.max(0, Math.min(from, this.text.length))];
  }

  /** The last offset < before whose character is one of `chars`, or -1. */
  prevOf(chars: string, before: number): number {
    let arr = this.lastOf.get('<' + chars);
    if (!arr) {
      const n = this.text.length;
      arr = new Int32Array(n + 1);
      let last = -1;
      for (let i = 0; i <= n; i++) {
        arr[i] = last;
        if (i < n && chars.includes(this.text[i])) last = i;
      }
      this.lastOf.set('<' + chars, arr);
    }
    return arr[Math.max(0, Math.min(before, this.text.length))];
  }

  /** Text from the last clause mark (or `floor`) up to `end`. */
  clauseBefore(end: number, floor: number): string {
    const i = this.prevOf(CLAUSE_MARKS, end);
    return this.text.slice(Math.max(i + 1, floor), end);
  }
}

/** Is `c` one of the characters of `chars`? (Never for a position past the end.) */
export function oneOf(chars: string, c: string | undefined): boolean {
  return c !== undefined && c !== '' && chars.includes(c);
}
