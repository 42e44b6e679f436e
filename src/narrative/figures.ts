// Tokens → figures: each amount or count with what it is about (its subject), its year, and its
// role (this year's figure, last year's, a change, a threshold). Percentages are kept apart for the
// share recogniser, with the stretch of text before them that names their total.
import { Big } from '../model/decimal.js';
import type { Figure } from './claims.js';
import {
  COMPARE_WORDS,
  COMPARED_YEAR_MARKS,
  COMPARISON_ENDS,
  COMPARISON_STOPS,
  DATE_MARKS,
  DIRECTION_WORDS,
  LAST_YEAR_WORDS,
  MONEY_UNITS,
  SENTENCE_ENDS,
  THRESHOLD_AFTER,
  THRESHOLD_SUBJECTS,
  UP_MARKS,
} from './lexicon.js';
import type { Block } from './model.js';
import { decimalsOf, hasDigit, isDigit, lowerBound, spacesBefore, TextIndex, wordAt, wordBefore, oneOf } from './scan.js';
import { canon } from './facts.js';
import { budgetOf, isBudgetKey, isGeneric, listSubjects, subjectKey } from './subject.js';
import { markerStyle } from './recognize/breakdown.js';
import { listsOf, numberTokens, type Token } from './tokens.js';

/** A subject is the words just before its figure: never more than this many characters. */
const SUBJECT_MAX = 120;

/** A percentage and the text before it back to the previous figure. */
export interface Percent {
  token: Token;
  /** Where the words before it start (the end of the figure before). */
  floor: number;
  /** The values of "分别占p%、q%", this the first of them. */
  list?: Token[];
}

export interface BlockFigures {
  block: Block;
  index: TextIndex;
  figures: Figure[];
  /** The figures' start offsets, for binary search. */
  starts: number[];
  percents: Percent[];
}

const MONEY = new Set<string>(MONEY_UNITS);

/** A year written "2024年" (its digits at `at`), as every year mention of a paragraph. */
interface YearMention {
  at: number;
  end: number;
  year: number;
  /** Opens a sentence's year: not compared ("与2023年"), not a month ("2023年12月"). */
  opening: boolean;
  /** Not a dated deadline ("2023年12月31日前"). */
  plain: boolean;
}

const monthAt = (text: string, at: number): number => {
  // "\d{1,2}月": the offset after 月, or -1
  let i = at;
  while (i < text.length && i - at < 2 && isDigit(text[i])) i++;
  return i > at && text[i] === '月' ? i + 1 : -1;
};

function yearMentions(text: string, index: TextIndex): YearMention[] {
  const out: YearMention[] = [];
  for (const y of index.positions('年')) {
    const q = spacesBefore(text, y);
    if (q < 4 || !isDigit(text[q - 1]) || !isDigit(text[q - 2]) || !isDigit(text[q - 3]) || !isDigit(text[q - 4])) continue;
    const at = q - 4;
    const m = monthAt(text, y + 1);
    // "2023年12月31日前": a deadline
    let dated = false;
    if (m > 0) {
      let d = m;
      while (d < text.length && d - m < 2 && isDigit(text[d])) d++;
      dated = d > m && text[d] === '日' && (text[d + 1] === '前' || text[d + 1] === '后');
    }
    const opening = !oneOf(COMPARED_YEAR_MARKS, text[at - 1]) && (text[y + 1] === '度' || m < 0);
    out.push({ at, end: y + 1, year: +text.slice(at, q), opening, plain: !dated });
  }
  return out;
}

/** The last mention with `at ≥ from` and `end ≤ to` that passes `ok`. */
function lastMention(ms: YearMention[], ends: number[], from: number, to: number, ok: (m: YearMention) => boolean): YearMention | undefined {
  for (let i = lowerBound(ends, to + 1) - 1; i >= 0 && ms[i].at >= from; i--) if (ok(ms[i])) return ms[i];
  return undefined;
}

/** Subject of the figure at `start`: its clause, or the clause before when that says nothing. */
function subjectAt(index: TextIndex, start: number, floor: number): string {
  const raw = index.clauseBefore(start, floor);
  let s = raw.trim();
  if (s.startsWith('、')) s = s.slice(1);
  let end = start - raw.length - 1;
  // "基本支出：全年总额为…", "…（项）：支出决算为…": the words that name it are in the clause before;
  // a budget says what it is ("年初预算为"), and a new sentence does not borrow the last one's words
  for (let hops = 0; hops < 2 && isGeneric(subjectKey(s)) && !isBudgetKey(subjectKey(s)) && end > floor && !oneOf(SENTENCE_ENDS, index.text[end]); hops++) {
    const before = index.clauseBefore(end, floor);
    if (!before.trim() || hasDigit(dropEnumeration(before))) break;
    s = before.trim();
    end -= before.length + 1;
  }
  return s.length > SUBJECT_MAX ? s.slice(-SUBJECT_MAX) : s;
}

/** "1." or "12、" at the start of a clause, dropped. */
function dropEnumeration(s: string): string {
  let i = 0;
  while (i < s.length && i < 2 && isDigit(s[i])) i++;
  return i > 0 && '.．、'.includes(s[i]) ? s.slice(i + 1) : s;
}

/** Each value of a list gets its own subject, or none when the words do not say which is which. */
function nameList(list: Figure[]): void {
  const names = listSubjects(list[0].key, list.length);
  list.forEach((f, i) => {
    f.subject = names?.[i] ?? '';
    f.key = names?.[i] ?? '';
  });
}

/** The direction word a change's figure follows ("减少1.10万元"), if any. */
function directionBefore(text: string, floor: number, start: number): string | undefined {
  let e = spacesBefore(text, start, floor);
  if (e > floor && text[e - 1] === '了') e--;
  const w = wordBefore(text, e, DIRECTION_WORDS);
  return w && e - w.length >= floor ? w : undefined;
}

/** Spans "与…相比" (no clause mark inside): the figures inside them are last year's. */
function comparisons(text: string, index: TextIndex): [number, number][] {
  const out: [number, number][] = [];
  // the first place from each offset where a comparison closes
  const n = text.length;
  const nextEnd = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextEnd[i] = wordAt(text, i, COMPARISON_ENDS) ? i : nextEnd[i + 1];
  for (let i = 0; i < n; i++) {
    if (!COMPARE_WORDS.includes(text[i])) continue;
    const close = nextEnd[i + 1];
    if (close < 0 || index.nextOf(COMPARISON_STOPS, i + 1) < close) continue;
    out.push([i, close + 2]);
    i = close + 1;
  }
  return out;
}

/** The item figures without a name of their own are about, carried from paragraph to paragraph. */
export interface ItemScope {
  item?: string;
}

/** What a key names, canonical: a budget's subject without its budget words; undefined when it names nothing. */
export function namedItem(key: string): string | undefined {
  const k = isBudgetKey(key) ? budgetOf(key) : key;
  return k && !isGeneric(k) ? canon(k) : undefined;
}

/** The figures and percentages of one paragraph. `namings`: its 类/款/项 paths, as [end, item]. */
export function blockFigures(block: Block, reportYear: number | undefined, nextId: () => number, scope: ItemScope = {}, namings: [number, string][] = []): BlockFigures {
  const text = block.text;
  // a heading or a new numbered item starts a new scope
  if (block.heading || markerStyle(text)) scope.item = undefined;
  let ni = 0;
  const index = new TextIndex(text);
  const tokens = numberTokens(text);
  const lists = listsOf(text, tokens);
  const years = yearMentions(text, index);
  const yearEnds = years.map((y) => y.end);
  const lastYearWords = LAST_YEAR_WORDS.flatMap((w) => index.positions(w).map((p) => [p, p + w.length] as const)).sort((a, b) => a[0] - b[0]);
  const lastYearStarts = lastYearWords.map((w) => w[0]);
  const figures: Figure[] = [];
  const percents: Percent[] = [];
  const byStart = new Map<number, Figure>();

  // the year a figure is of: one written since the previous figure, else the year its sentence opened with
  const yearOf = (start: number, floor: number): number | undefined => {
    const own = lastMention(years, yearEnds, floor, start, (m) => m.plain);
    if (own) return own.year;
    if (reportYear) {
      const i = lowerBound(lastYearStarts, floor);
      if (i < lastYearWords.length && lastYearWords[i][1] <= start) return reportYear - 1;
    }
    return lastMention(years, yearEnds, index.sentenceStart(start), floor, (m) => m.opening)?.year;
  };

  let prevEnd = 0;
  for (const t of tokens) {
    // a year, a date or a document number is not a figure
    if (t.start > 0 && (isDigit(text[t.start - 1]) || text[t.start - 1] === '.')) continue;
    if (oneOf(DATE_MARKS, text[t.end])) continue;
    const list = lists.get(t);
    if (t.unit === '%') {
      // the later values of "分别占p%、q%" are taken with the first
      if (list && list[0] !== t) continue;
      percents.push({ token: t, floor: prevEnd, list });
      prevEnd = (list ? list[list.length - 1] : t).end;
      continue;
    }
    const head = list && list[0] !== t ? byStart.get(list[0].start) : undefined;
    if (head) {
      // a later value of "各减少A、B万元": what the first one is, this one is too
      const fig: Figure = { ...head, id: nextId(), start: t.start, end: t.end, text: t.num, value: new Big(t.num), decimals: decimalsOf(t.num), unitMissing: t.missing };
      head.peers!.push(fig);
      fig.peers = head.peers;
      figures.push(fig);
      byStart.set(fig.start, fig);
      prevEnd = t.end;
      continue;
    }
    const floor = prevEnd;
    while (ni < namings.length && namings[ni][0] <= t.start) scope.item = namings[ni++][1];
    const subject = subjectAt(index, t.start, floor);
    const dir = directionBefore(text, floor, t.start);
    const threshold = !!wordAt(text, t.end, THRESHOLD_AFTER) || THRESHOLD_SUBJECTS.some((w) => subject.includes(w));
    const key = subjectKey(subject);
    const own = namedItem(key);
    if (own) scope.item = own;
    const fig: Figure = {
      id: nextId(),
      block,
      start: t.start,
      end: t.end,
      text: t.num,
      value: new Big(t.num),
      decimals: decimalsOf(t.num),
      unit: t.unit,
      money: MONEY.has(t.unit),
      unitMissing: t.missing,
      subject,
      key,
      item: own ?? scope.item,
      year: yearOf(t.start, floor) ?? reportYear,
      role: dir ? 'delta' : threshold ? 'threshold' : isBudgetKey(key) ? 'budget' : 'figure',
      direction: dir ? (UP_MARKS.some((u) => dir.includes(u)) ? 1 : -1) : undefined,
      sentence: index.sentence[t.start],
    };
    if (list) fig.peers = [fig];
    figures.push(fig);
    byStart.set(fig.start, fig);
    prevEnd = t.end;
  }
  // a path named after the last figure names the item of the paragraphs that follow
  while (ni < namings.length) scope.item = namings[ni++][1];
  // a figure inside "与2023年…X万元相比" is last year's
  let fi = 0;
  for (const [a, b] of comparisons(text, index)) {
    while (fi < figures.length && figures[fi].start <= a) fi++;
    for (let j = fi; j < figures.length && figures[j].end <= b; j++) if (figures[j].role === 'figure') figures[j].role = 'prior';
  }
  for (const f of figures) if (f.peers && f.peers[0] === f) nameList(f.peers);
  return { block, index, figures, starts: figures.map((f) => f.start), percents };
}
