// Year-over-year changes: "与2023年度相比，…减少56.95万元，下降1.87%", "比上年增加0.5万元", "同比增长5%",
// "各减少A、B万元，各下降p%、q%". Each mark (与/比/较 + a year or 上年, or 同比) opens one change that
// runs to the sentence's end or the next mark; the change is of the latest figure before the mark
// that is this year's, against the figure inside the comparison when there is one.
import { Big } from '../../model/decimal.js';
import type { Claims, Figure, Rate, Reading, Yoy } from '../claims.js';
import { namedItem } from '../figures.js';
import { subjectKey } from '../subject.js';
import { latestBefore } from './direction.js';
import { COMPARE_WORDS, FLAT_WORD, LIST_SEPARATORS, PRIOR_WORDS, QIZHONG, RATE_NOUNS, RATE_VERBS, RATE_WORDS, SENTENCE_ENDS, UNNAMING_MARKS, UNNAMING_WORDS, UP_MARKS, YOY_WORD } from '../lexicon.js';
import type { Block } from '../model.js';
import { decimalsOf, digitsFrom, isDigit, lowerBound, skipSpaces, wordAt, oneOf } from '../scan.js';

/** How many figures back a change looks for the figure it is of. */
const LOOK_BACK = 64;

interface Mark {
  at: number;
  end: number;
  /** The year compared with, when the mark names one ("比2022年度"). */
  year?: number;
}

/** Every change mark of the text, left to right, none overlapping. */
export function yoyMarks(text: string): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    if (COMPARE_WORDS.includes(text[i])) {
      const j = skipSpaces(text, i + 1);
      if (isDigit(text[j]) && digitsFrom(text, j) - j >= 4) {
        // "\d{4}\s*年度?": four digits (of a longer run the first four), then 年
        const y = skipSpaces(text, j + 4);
        if (text[y] === '年') {
          const end = text[y + 1] === '度' ? y + 2 : y + 1;
          out.push({ at: i, end, year: +text.slice(j, j + 4) });
          i = end - 1;
          continue;
        }
      }
      const w = wordAt(text, j, PRIOR_WORDS);
      if (w) {
        out.push({ at: i, end: j + w.length });
        i = j + w.length - 1;
        continue;
      }
    }
    if (text.startsWith(YOY_WORD, i)) {
      out.push({ at: i, end: i + YOY_WORD.length });
      i += YOY_WORD.length - 1;
    }
  }
  return out;
}

/** The rate after a change word, or the rates of "分别下降p%、q%", in order; from the first word that has one. */
export function ratesIn(text: string, from: number, stop: number): Rate[] {
  for (let i = from; i < stop; i++) {
    const w = wordAt(text, i, RATE_WORDS);
    if (!w) continue;
    let j = i + w.length;
    const noun = wordAt(text, j, RATE_NOUNS);
    if (noun) j += noun.length;
    const verb = wordAt(text, j, RATE_VERBS);
    if (verb) j += verb.length;
    // "下降（增长）27.78%": the template's other word left in place
    let both: string | undefined;
    if (text[j] === '（' || text[j] === '(') {
      const other = wordAt(text, j + 1, RATE_WORDS);
      const close = other ? j + 1 + other.length : -1;
      if (other && (text[close] === '）' || text[close] === ')')) {
        both = text.slice(i, close + 1);
        j = close + 1;
      }
    }
    j = skipSpaces(text, j);
    const rates = rateList(text, j, stop, UP_MARKS.some((u) => w.includes(u)) ? 1 : -1);
    if (both) for (const r of rates) r.bothWords = both;
    if (rates.length) return rates;
  }
  return [];
}

/** "5.1%、6%" from `at`: the values up to the last one written with %. */
function rateList(text: string, at: number, stop: number, direction: 1 | -1): Rate[] {
  const items: Rate[] = [];
  let withPercent = 0;
  let j = at;
  while (j < stop && isDigit(text[j])) {
    let e = digitsFrom(text, j);
    if (text[e] === '.' && isDigit(text[e + 1])) e = digitsFrom(text, e + 1);
    if (e > stop) break;
    const num = text.slice(j, e);
    items.push({ value: new Big(num), decimals: decimalsOf(num), text: num, direction, start: j });
    let k = e;
    if (text[k] === '%') {
      withPercent = items.length;
      k++;
    }
    k = skipSpaces(text, k);
    if (!oneOf(LIST_SEPARATORS, text[k])) break;
    j = skipSpaces(text, k + 1);
  }
  return items.slice(0, withPercent);
}

/** Does text[from, to) name a subject of its own (more than years, marks and words like 其中, 同时)? */
function namesSubject(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    if (isDigit(text[i]) && i + 4 <= to && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3])) {
      const y = skipSpaces(text, i + 4);
      if (text[y] === '年' && y < to) {
        i = text[y + 1] === '度' && y + 1 < to ? y + 2 : y + 1;
        continue;
      }
    }
    if (UNNAMING_MARKS.includes(text[i])) {
      i++;
      continue;
    }
    const w = wordAt(text, i, UNNAMING_WORDS);
    if (w && i + w.length <= to) {
      i += w.length;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * "收、支总计各是A、B万元…各减少C、D万元，各下降p%、q%": one change per listed figure, paired in
 * order; none when the lists do not pair up.
 */
function listedYoys(block: Block, quote: string, currents: Figure[] | undefined, deltas: Figure[], rates: Rate[], priorYear: number | undefined): Yoy[] {
  const n = Math.max(deltas.length, rates.length);
  if (!currents || currents.length !== n || (deltas.length && deltas.length !== n) || (rates.length && rates.length !== n)) return [];
  return Array.from({ length: n }, (_, i) => ({ block, quote, current: currents[i], delta: deltas[i], direction: deltas[i]?.direction, rate: rates[i], priorYear, listed: true }));
}

export function yoys(reading: Reading, bi: number, claims: Claims, reportYear?: number): void {
  const bf = reading.paragraphs[bi];
  const { block, index, figures: figs, starts } = bf;
  const text = block.text;
  const marks = yoyMarks(text);
  const isEarlier = (f: Figure) => f.money && (f.role === 'figure' || f.role === 'prior');
  for (const [mi, m] of marks.entries()) {
    const at = m.at;
    // a change belongs to its own mark: "比去年无增减变化，…比去年增加1.05万元" are two
    // and to its clause: what follows "；" is another subject's ("…与上一年度持平；公务接待费…减少0.15万元")
    const stop = Math.min(index.nextOf(SENTENCE_ENDS + '；;', at), marks[mi + 1]?.at ?? text.length);
    const priorYear = m.year ?? (reportYear ? reportYear - 1 : undefined);
    const sentence = index.sentence[at];
    const after = lowerBound(starts, at + 1);
    let delta: Figure | undefined;
    for (let j = after; j < figs.length && figs[j].start < stop; j++) {
      const f = figs[j];
      if (f.sentence === sentence && f.role === 'delta' && f.money) {
        delta = f;
        break;
      }
    }
    const rates = ratesIn(text, at, stop);
    const change = Math.min(delta?.start ?? stop, rates[0]?.start ?? stop);
    // the two figures a change compares, around its mark: last year's inside the comparison ("与2023年…
    // X万元相比", "比2023年的X万元减少…"), else earlier in the sentence with last year's date; this
    // year's is the latest figure before the mark that is not last year's
    let prior: Figure | undefined;
    for (let j = after; j < figs.length && figs[j].start < change; j++) {
      const f = figs[j];
      if (f.sentence === sentence && f.money && (f.role === 'prior' || f.role === 'figure')) {
        prior = f;
        break;
      }
    }
    const before = lowerBound(starts, at) - 1;
    if (!prior)
      for (let j = before, n = 0; j >= 0 && n < LOOK_BACK && figs[j].sentence === sentence; j--, n++) {
        const f = figs[j];
        if (isEarlier(f) && f.year === priorYear && f.year !== reportYear) {
          prior = f;
          break;
        }
      }
    // "公务接待费支出决算比去年增加0.5万元": a clause that names its own subject takes no figure from before it
    const clause = Math.max(index.prevOf('。；;', at), -1) + 1;
    const named = namesSubject(text, clause, at);
    // this year's amount, or (in a budget's text: "机关运行经费预算30万元，同比减少…") this year's budget;
    // an actual in the sentence is preferred to a budget after it ("决算为62.07万元，完成全年预算84.82万元…")
    let current: Figure | undefined;
    let budget: Figure | undefined;
    for (let j = before, n = 0; j >= 0 && n < LOOK_BACK; j--, n++) {
      const f = figs[j];
      if (named && f.start < clause) break;
      if (budget && f.sentence !== budget.sentence) break;
      if (!f.money || f === prior || (f.year !== undefined && f.year === priorYear)) continue;
      if (f.role === 'figure') {
        current = f;
        break;
      }
      if (f.role === 'budget' && !budget) budget = f;
    }
    current ??= budget;
    // "3.公务接待费支出7.8万元，完成预算100%。公务接待费支出决算比2021年减少1.24万元": the clause names its
    // subject and states no amount of it; the amount is the same subject's stated before
    if (!current && named) {
      const item = namedItem(subjectKey(text.slice(Math.max(clause, at - 120), at)));
      if (item) current = latestBefore(reading, bi, at, (f) => f.money && f.role === 'figure' && f.item === item && f !== prior && (f.year === undefined || f.year !== priorYear));
    }
    // "2022年…决算为3.46万元，较上年增加2.4万元" in a 2023 report: last year's label left on this year's
    // figure (n-stale-year says so); against "上年" it is still this year's
    if (!current && m.year === undefined && reportYear && prior && prior.start < at && prior.role === 'figure' && prior.year === reportYear - 1) {
      current = prior;
      prior = undefined;
    }
    const flat = index.firstIn(FLAT_WORD, at, stop - FLAT_WORD.length + 1) >= 0;
    if (!delta && !rates.length && !flat) continue;
    const from = current?.start ?? at;
    const quote = text.slice(from, Math.min(stop, from + 160));
    const deltas = delta?.peers ?? (delta ? [delta] : []);
    if (deltas.length > 1 || rates.length > 1 || (current?.peers?.length ?? 0) > 1) {
      for (const y of listedYoys(block, quote, current?.peers, deltas, rates, priorYear)) claims.yoys.push(y);
      continue;
    }
    // "总预算X元，其中：基本支出a元，项目支出b元，同比增加Δ元": Δ may be the total's as well as b's
    const qizhong = current ? index.lastAt(QIZHONG, current.start) : -1;
    let whole: Figure | undefined;
    if (qizhong >= 0 && index.sentence[qizhong] === current!.sentence)
      for (let j = lowerBound(starts, qizhong) - 1, n = 0; j >= 0 && n < LOOK_BACK; j--, n++) {
        const f = figs[j];
        if (f.sentence !== current!.sentence) break;
        if (f.money && f.role === current!.role) {
          whole = f;
          break;
        }
      }
    claims.yoys.push({ block, quote, current, alternative: whole, prior, delta, direction: flat && !delta ? 0 : delta?.direction, rate: rates[0], priorYear });
  }
}
