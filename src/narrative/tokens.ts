// Numbers with their units, found by one scan of the text: "3.46万元", "12人", "0.24%", an amount
// whose 万元 was left out ("决算数为817.16，"), and the values of "A、B万元" that share one unit.
import { AFTER_BARE_WAN, COPULAS, LIST_SEPARATORS, UNITLESS_SUBJECTS, UNITS } from './lexicon.js';
import { digitsFrom, isDigit, lowerBound, numberBefore, skipSpaces, spacesBefore, wordAt, wordBefore } from './scan.js';

export interface Token {
  /** Offsets of the number; `end` is after its unit. */
  start: number;
  end: number;
  /** The number as written (ASCII digits, no separators). */
  num: string;
  unit: string;
  /** Money written without its unit (or with 万 for 万元). */
  missing?: boolean;
}

/** How far back a shared unit reaches: "3000.00、" before "3100.00万元". */
const SHARED_WINDOW = 40;

/** The unit after a number ending at `at`, skipping spaces; 万 alone counts where 万元 is meant. */
function unitAfter(text: string, at: number): [string, number, boolean] | undefined {
  const u = skipSpaces(text, at);
  const unit = wordAt(text, u, UNITS);
  if (unit) return [unit, u + unit.length, false];
  if (text[u] === '万' && (u + 1 === text.length || AFTER_BARE_WAN.includes(text[u + 1]))) return ['万元', u + 1, true];
  return undefined;
}

/** Every number followed by a unit, and money amounts written without one. */
export function numberTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i]) || isDigit(text[i - 1])) continue;
    const intEnd = digitsFrom(text, i);
    let end = intEnd;
    if (text[intEnd] === '.' && isDigit(text[intEnd + 1])) end = digitsFrom(text, intEnd + 1);
    // with its decimals, else the whole part alone
    const unit = unitAfter(text, end);
    if (unit) {
      tokens.push({ start: i, end: unit[1], num: text.slice(i, end), unit: unit[0], missing: unit[2] || undefined });
      i = unit[1] - 1;
      continue;
    }
    // "决算数为817.16，": money without a unit
    const dec = end - intEnd - 1;
    if (dec >= 1 && dec <= 2 && (end === text.length || '，,。；;'.includes(text[end]))) {
      const v = spacesBefore(text, i);
      if (v > 0 && COPULAS.includes(text[v - 1]) && wordBefore(text, v - 1, UNITLESS_SUBJECTS)) {
        tokens.push({ start: i, end, num: text.slice(i, end), unit: '万元', missing: true });
      }
    }
    i = intEnd - 1;
  }
  const shared = sharedUnit(text, tokens);
  const all = [...tokens, ...shared];
  all.sort((a, b) => a.start - b.start);
  return all;
}

/** "A、B万元", "A，B万元": numbers listed before a unit share it (the unit is written once). */
function sharedUnit(text: string, tokens: Token[]): Token[] {
  const added: Token[] = [];
  const starts = tokens.map((t) => t.start);
  // is `at` inside a token of its own?
  const covered = (at: number) => {
    const i = lowerBound(starts, at + 1) - 1;
    return i >= 0 && tokens[i].end > at;
  };
  for (const t of tokens) {
    if (t.missing) continue;
    let at = t.start;
    for (;;) {
      const sep = spacesBefore(text, at, Math.max(0, at - SHARED_WINDOW));
      if (sep === 0 || !LIST_SEPARATORS.includes(text[sep - 1])) break;
      const numEnd = spacesBefore(text, sep - 1, Math.max(0, at - SHARED_WINDOW));
      const n = numberBefore(text, numEnd);
      if (!n || n[0] < at - SHARED_WINDOW) break;
      const [start] = n;
      // a number cut short, or one that is already a figure of its own
      if (start > 0 && (isDigit(text[start - 1]) || text[start - 1] === '.')) break;
      if (covered(start)) break;
      added.push({ start, end: numEnd, num: text.slice(start, numEnd), unit: t.unit });
      at = start;
    }
  }
  return added;
}

/** Runs of two or more values of one unit with only a list separator between them. */
export function listsOf(text: string, tokens: Token[]): Map<Token, Token[]> {
  const lists = new Map<Token, Token[]>();
  let run: Token[] = [];
  const close = () => {
    if (run.length > 1) for (const t of run) lists.set(t, run);
    run = [];
  };
  for (const t of tokens) {
    const last = run[run.length - 1];
    if (!last || last.unit !== t.unit || !separatorOnly(text, last.end, t.start)) close();
    run.push(t);
  }
  close();
  return lists;
}

/** Is text[from, to) one list separator with spaces around it (after a unit written once more)? */
function separatorOnly(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  let a = from;
  const unit = wordAt(text, a, ['万元', '亿元', '元', '%']);
  if (unit) a += unit.length;
  a = skipSpaces(text, a);
  if (a >= to || !LIST_SEPARATORS.includes(text[a])) return false;
  return skipSpaces(text, a + 1) >= to;
}
