// Years that may be left over from last year's report: "截至2023年12月31日", "2023年度预算", and a
// sentence that opens with a year yet compares with 上年 or states a completion rate (this year's
// sentence with last year's label). Read in every block; the rule compares them with the report's year.
import type { Claims } from '../claims.js';
import { BUDGET_WORD, COMPARE_WORDS, LAST_YEAR_WORDS, NUMERALS } from '../lexicon.js';
import type { Block } from '../model.js';
import { digitsFrom, isDigit, oneOf, skipSpaces, spacesBefore, wordAt } from '../scan.js';
import { completionWordAt } from './completion.js';

export interface YearMark {
  block: Block;
  /** A dated year end, a year's budget, or the year a sentence opens with. */
  kind: 'yearEnd' | 'budget' | 'opening';
  year: number;
  start: number;
  end: number;
  text: string;
  /** For an opening year: its sentence compares with 上年 or states a completion rate. */
  thisYearsSentence?: boolean;
}

/** Four digits at `at` (of a run of at least four), as a year. */
function fourDigits(text: string, at: number): number | undefined {
  for (let k = at; k < at + 4; k++) if (!isDigit(text[k])) return undefined;
  return +text.slice(at, at + 4);
}

/** "截[至止] YYYY 年 12 月 31 日" at `at`: its end, or -1. */
function yearEndAt(text: string, at: number): [number, number] | undefined {
  if (text[at] !== '截' || (text[at + 1] !== '至' && text[at + 1] !== '止')) return undefined;
  const d = skipSpaces(text, at + 2);
  const year = fourDigits(text, d);
  if (year === undefined) return undefined;
  let j = skipSpaces(text, d + 4);
  for (const part of ['年', '12', '月', '31', '日']) {
    if (!text.startsWith(part, j)) return undefined;
    j = part === '日' ? j + part.length : skipSpaces(text, j + part.length);
  }
  return [year, j];
}

/** Does a sentence (from `from` to its end) compare with last year or state a completion rate? */
function comparesLastYear(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (oneOf(COMPARE_WORDS, text[i]) && wordAt(text, i + 1, LAST_YEAR_WORDS)) return true;
    if (text[i] === '完' && completionWordAt(text, i) >= 0) return true;
  }
  return false;
}

export function years(block: Block, claims: Claims): void {
  const text = block.text;
  for (let i = 0; i < text.length; i++) {
    const end = yearEndAt(text, i);
    if (end) {
      claims.years.push({ block, kind: 'yearEnd', year: end[0], start: i, end: end[1], text: text.slice(i, end[1]) });
      i = end[1] - 1;
      continue;
    }
    // "2023年度预算" (not "与2023年预算", not "2023年预算数")
    if (!isDigit(text[i]) || i + 4 > text.length) continue;
    const year = fourDigits(text, i);
    if (year === undefined) continue;
    let j = skipSpaces(text, i + 4);
    if (text[j] !== '年') continue;
    j++;
    if (text[j] === '度') j++;
    if (text.startsWith(BUDGET_WORD, j) && text[j + BUDGET_WORD.length] !== '数' && !oneOf('与比较', text[spacesBefore(text, i) - 1])) {
      claims.years.push({ block, kind: 'budget', year, start: i, end: j + BUDGET_WORD.length, text: text.slice(i, j + BUDGET_WORD.length) });
      i = j + BUDGET_WORD.length - 1;
    }
  }
  // the year each sentence (or clause after ；) opens with, after an outline mark
  for (let s = 0; s < text.length; ) {
    const stop = nextStop(text, s);
    let j = skipSpaces(text, s);
    const d = digitsFrom(text, j);
    if (d > j && d - j <= 2 && oneOf('.．、', text[d])) j = d + 1;
    else if (text[j] === '（') {
      let k = j + 1;
      while (oneOf(NUMERALS, text[k])) k++;
      if (k > j + 1 && text[k] === '）') j = k + 1;
    }
    j = skipSpaces(text, j);
    const year = fourDigits(text, j);
    if (year !== undefined) {
      const y = skipSpaces(text, j + 4);
      if (text[y] === '年') {
        const end = text[y + 1] === '度' ? y + 2 : y + 1;
        claims.years.push({ block, kind: 'opening', year, start: j, end, text: text.slice(j, end), thisYearsSentence: comparesLastYear(text, end, stop) });
      }
    }
    s = stop + 1;
  }
}

/** The next 。；; from `at`, or the text's end. */
function nextStop(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (oneOf('。；;', text[i])) return i;
  return text.length;
}

