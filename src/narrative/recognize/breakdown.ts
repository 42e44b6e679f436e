// Breakdowns: a total and the parts the text lists for it. "X万元，其中：甲a万元、乙b万元" opens with the
// total (and may run on in the paragraphs after a closing "其中："); "a人、b人共N人" closes with it; an
// aside "N人（a人、b人）" breaks the figure before it down.
import type { Breakdown, Figure, Reading } from '../claims.js';
import type { BlockFigures } from '../figures.js';
import { ASIDES, BESIDE_KEYS, DESCRIPTION_WORDS, CLASSIFICATION_OPEN, CLASSIFICATION_WORDS, COUNT_TOTAL_UNITS, DIFFERENCE_WORDS, ENUM_COMMA, ENUM_DOTS, GAP_MARKS, NOT_STAFF, NUMERALS, QIZHONG, QIZHONG_MARKS, TOTAL_WORDS } from '../lexicon.js';
import { yoyMarks } from './yoy.js';
import { digitsFrom, hasDigit, isSpace, lowerBound, skipSpaces, TextIndex, wordAt, oneOf } from '../scan.js';

/** A list longer than this is not a breakdown anyone wrote (and not read as one). */
const MAX_PARTS = 64;

/** The asides of a text: [open, close] offsets. */
function asides(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const pair = ASIDES.find(([o]) => o === text[i]);
    if (!pair) continue;
    let j = i + 1;
    while (j < text.length && text[j] !== pair[1] && text[j] !== pair[0]) j++;
    if (text[j] === pair[1]) {
      out.push([i, j]);
      i = j;
    } else i = j - 1;
  }
  return out;
}

/** The text with its asides "（…）" blanked (offsets kept): figures inside neither open nor join a 其中 list. */
export function maskAsides(text: string): string {
  const out = text.split('');
  for (const [open, close] of asides(text)) for (let k = open; k <= close; k++) out[k] = ' ';
  return out.join('');
}

function sameKind(a: Figure, b: Figure): boolean {
  return (a.money ? b.money : a.unit === b.unit) && (a.role === 'budget') === (b.role === 'budget');
}

const isBeside = (key: string) => (BESIDE_KEYS as readonly string[]).includes(key);

/**
 * Items that state several figures each ("…支出0万元，年初预算为0万元，差值为0万元；…") form columns:
 * the total's column is its breakdown, when there is one to add up; none otherwise.
 */
function oneColumn(total: Figure, parts: Figure[]): Figure[] {
  // differences are signed and written unsigned: they do not add up
  if (DIFFERENCE_WORDS.some((w) => total.key.includes(w))) return [];
  // an item's budget or difference is not a part of the total
  if (!isBeside(total.key)) parts = parts.filter((p) => !isBeside(p.key));
  const counts = new Map<string, number>();
  for (const p of parts) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  const repeated = [...counts].filter(([k, n]) => n > 1 && k).map(([k]) => k);
  if (!repeated.length) return parts;
  if (!repeated.includes(total.key)) return [];
  return parts.filter((p) => p.key === total.key);
}

/** Offsets in [from, to) where the text turns to another classification: "按经济分类科目". */
function classificationTurns(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== CLASSIFICATION_OPEN) continue;
    const end = classificationEnd(text, i);
    if (end > 0 && end <= to) {
      out.push(i);
      i = end - 1;
    }
  }
  return out;
}

/** "按" + 1…10 characters without a clause mark + 分类/划分 at `at`: the offset after it, or -1. */
function classificationEnd(text: string, at: number): number {
  for (let j = at + 2; j <= at + 11 && j < text.length; j++) {
    if ('，,；;：:。'.includes(text[j - 1])) return -1;
    if (wordAt(text, j, CLASSIFICATION_WORDS)) return j + 2;
  }
  return -1;
}

const isClassification = (clause: string): boolean => {
  for (let i = 0; i < clause.length; i++) if (clause[i] === CLASSIFICATION_OPEN && classificationEnd(clause, i) > 0) return true;
  return false;
};

/** Parts split where the text turns to another classification ("按经济分类科目"); one group if it does not. */
function byClassification(text: string, from: number, parts: Figure[]): Figure[][] {
  if (!parts.length) return [];
  const turns = classificationTurns(text, from, parts[parts.length - 1].start);
  if (turns.length < 2) return [parts];
  const groups = turns.map((t, i) => parts.filter((p) => p.start > t && p.start < (turns[i + 1] ?? Infinity)));
  return groups.filter((g) => g.length);
}

/** The kind of enumeration a paragraph opens with: "1." and "2." are one kind, "（一）" another. */
export function markerStyle(text: string): string | undefined {
  const d = digitsFrom(text, 0);
  if (d > 0 && d <= 2) {
    const j = skipSpaces(text, d);
    if (oneOf(ENUM_DOTS, text[j])) return '1.';
    if (text[j] === ENUM_COMMA) return '1、';
  }
  if (text[0] === '（' || text[0] === '(') {
    const d2 = digitsFrom(text, 1);
    if (d2 > 1 && d2 <= 3 && (text[d2] === '）' || text[d2] === ')')) return '(1)';
    let k = 1;
    while (oneOf(NUMERALS, text[k])) k++;
    if (k > 1 && (text[k] === '）' || text[k] === ')')) return '(一)';
  }
  let k = 0;
  while (oneOf(NUMERALS, text[k])) k++;
  if (k > 0 && (text[k] === '、' || oneOf(ENUM_DOTS, text[k]))) return '一、';
  return undefined;
}

/** Does a gap between two parts hold a clause of words only (which ends the list)? */
function wordsOnlyClause(gap: string): boolean {
  const clauses: string[] = [];
  let cur = '';
  for (const c of gap) {
    if (GAP_MARKS.includes(c)) {
      clauses.push(cur);
      cur = '';
    } else cur += c;
  }
  clauses.push(cur);
  // (a clause that describes the part before it, "主要包括…", is not an end)
  return clauses.slice(1, -1).some((c) => c.trim() && !hasDigit(c) && !isClassification(c) && !wordAt(c.trim(), 0, DESCRIPTION_WORDS));
}

/** Is there nothing but 。 and spaces from `at` to the end? */
function nothingAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (text[i] !== '。' && !isSpace(text[i])) return false;
  return true;
}

/** The paragraphs of each item of an enumerated account from paragraph `from` (its items all in one style). */
function itemAccount(reading: Reading, from: number, style: string): BlockFigures[][] | undefined {
  const items: BlockFigures[][] = [];
  const { paragraphs } = reading;
  for (let j = from; j < paragraphs.length && items.length <= MAX_PARTS; j++) {
    const p = paragraphs[j];
    if (j > from && p.block.index !== paragraphs[j - 1].block.index + 1) break;
    const s = markerStyle(p.block.text);
    if (s === style) items.push([p]);
    else if (s || (p.block.heading && s !== style)) break;
    else items[items.length - 1].push(p);
  }
  return items.length >= 2 && items.length <= MAX_PARTS ? items : undefined;
}

/** An item's first amount of the kind (and role) of `like`. */
function firstOfKind(group: BlockFigures[], like: Figure): Figure | undefined {
  for (const p of group) for (const f of p.figures) if ((f.role === 'figure' || f.role === 'budget') && sameKind(f, like)) return f;
  return undefined;
}

/** The budget stated before `at` in its paragraph's sentence ("年初预算为2993.92万元，支出决算为…。…其中："). */
function figsBudget(bf: BlockFigures, at: number): Figure | undefined {
  for (let j = lowerBound(bf.starts, at) - 1; j >= 0; j--) if (bf.figures[j].role === 'budget' && bf.figures[j].money) return bf.figures[j];
  return undefined;
}

/** The parts a paragraph lists in its first sentence ("甲a万元、乙b万元、丙c万元。"), of the total's kind. */
function inlineList(bf: BlockFigures, total: Figure): Figure[] {
  const masked = maskAsides(bf.block.text);
  const parts: Figure[] = [];
  for (const f of bf.figures) {
    if (f.sentence !== 0 || masked[f.start] === ' ') break;
    if (f.role !== 'figure' && f.role !== 'budget') continue;
    if (!sameKind(f, total)) continue;
    if (parts.length && wordsOnlyClause(masked.slice(parts[parts.length - 1].end, f.start))) break;
    parts.push(f);
  }
  return parts.length <= MAX_PARTS ? parts : [];
}

function qizhongLists(reading: Reading, bi: number, bf: BlockFigures, figs: Figure[], masked: string, out: Breakdown[]): void {
  const { claims, paragraphs } = reading;
  const text = bf.block.text;
  const starts = figs.map((f) => f.start);
  const marks = yoyMarks(text).map((m) => m.at);
  for (let at = masked.indexOf(QIZHONG); at >= 0; at = masked.indexOf(QIZHONG, at + 1)) {
    let len = QIZHONG.length;
    if (oneOf(QIZHONG_MARKS, masked[at + len])) len++;
    const firstAfter = lowerBound(starts, at + 1);
    const sentenceAt = figs[firstAfter]?.sentence;
    // the total is the last figure before "其中" (deltas and asides are not figures here)
    const total = figs[lowerBound(starts, at) - 1];
    if (!total) continue;
    let parts: Figure[] = [];
    if (nothingAfter(text, at + len)) {
      // the list runs on in the next paragraphs: the first figure of each, up to the total's next
      // sibling ("1. 基本支出…其中：" ends at "2. 项目支出…")
      const style = markerStyle(text);
      // "其中：" and on the next line "货物采购金额a万元、工程采购金额b万元、服务采购金额c万元。": that one list
      const following = paragraphs[bi + 1];
      const inline = following && following.block.index === bf.block.index + 1 ? inlineList(following, total) : [];
      if (inline.length >= 2) parts = inline;
      // an item-by-item account ("1、…（项）。…年初预算为a万元，支出决算为b万元。…" "2、…"): every item's own
      // amount, however many paragraphs each takes
      const itemStyle = following && following.block.index === bf.block.index + 1 ? markerStyle(following.block.text) : undefined;
      const items = inline.length < 2 && itemStyle && itemStyle !== style ? itemAccount(reading, bi + 1, itemStyle) : undefined;
      if (items) {
        const own = items.map((group) => firstOfKind(group, total));
        parts = own.every(Boolean) && own.length >= 2 ? (own as Figure[]) : [];
        // the budgets of the items against the total's budget, when every item states one
        const totalBudget = figsBudget(bf, at);
        const budgets = totalBudget ? items.map((group) => firstOfKind(group, totalBudget)) : [];
        if (totalBudget && budgets.length >= 2 && budgets.every(Boolean)) out.push({ total: totalBudget, parts: budgets as Figure[], form: 'qizhong' });
      }
      for (let j = bi + 1; !items && inline.length < 2 && j < paragraphs.length && parts.length < MAX_PARTS; j++) {
        const next = paragraphs[j];
        if (next.block.index - bf.block.index !== j - bi || next.block.heading || (style && markerStyle(next.block.text) === style)) break;
        const first = next.figures.find((f) => f.role === 'figure' && sameKind(f, total));
        if (!first) break;
        parts.push(first);
      }
    } else {
      // the list ends where a change is compared ("与2021年相比…") or the next 其中 list's total begins
      let next = masked.indexOf(QIZHONG, at + len);
      // (a 其中 that opens a list: "其中：", not a highlight "其中档案数字化项目…")
      while (next >= 0 && !oneOf('：:', masked[next + QIZHONG.length])) next = masked.indexOf(QIZHONG, next + 1);
      const nextTotal = next >= 0 ? figs[lowerBound(starts, next) - 1] : undefined;
      const end = Math.min(marks[lowerBound(marks, at + len)] ?? Infinity, nextTotal && nextTotal.start > at ? nextTotal.start : Infinity);
      for (let j = firstAfter; j < figs.length && parts.length <= MAX_PARTS; j++) {
        const f = figs[j];
        if (f.sentence !== sentenceAt || f.start >= end) break;
        if (!sameKind(f, total)) continue;
        // a clause of words only ends the list
        if (wordsOnlyClause(masked.slice(parts.length ? parts[parts.length - 1].end : at, f.start))) break;
        parts.push(f);
      }
      if (parts.length > MAX_PARTS) parts = [];
    }
    for (const p of parts) claims.partOf.set(p, total);
    // "其中：按功能分类科目，…；按经济分类科目，…": the same total broken down twice
    for (let group of byClassification(text, at, parts)) {
      group = oneColumn(total, group);
      // one part is a highlight ("其中档案数字化项目…"), not a breakdown
      if (group.length >= 2) out.push({ total, parts: group, form: 'qizhong' });
    }
  }
}

/** "…a人、b人共N人": the total closes the list. */
function gongLists(figs: Figure[], masked: string, out: Breakdown[]): void {
  const starts = figs.map((f) => f.start);
  const byStart = new Map(figs.map((f) => [f.start, f]));
  let colons: TextIndex | undefined;
  for (let i = 0; i < masked.length; i++) {
    const w = wordAt(masked, i, TOTAL_WORDS);
    if (!w) continue;
    let j = i + w.length;
    if (masked[j] === '计') j++;
    j = skipSpaces(masked, j);
    const d = digitsFrom(masked, j);
    if (d === j) continue;
    const u = skipSpaces(masked, d);
    const unit = wordAt(masked, u, COUNT_TOTAL_UNITS);
    if (!unit) continue;
    const word = i;
    i = u + unit.length - 1;
    const total = byStart.get(j);
    if (!total) continue;
    colons ??= new TextIndex(masked);
    const colon = Math.max(colons.lastAt('：', total.start), colons.lastAt(':', total.start), 0);
    const parts: Figure[] = [];
    for (let k = lowerBound(starts, colon + 1); k < figs.length && figs[k].end <= word && parts.length <= MAX_PARTS; k++) {
      const f = figs[k];
      if (f.unit === total.unit && !NOT_STAFF.some((n) => f.subject.includes(n))) parts.push(f);
    }
    if (parts.length >= 2 && parts.length <= MAX_PARTS) out.push({ total, parts, form: 'gong' });
  }
}

/** "X人（a人、b人）": an aside that breaks the figure before it down. */
function asideLists(bf: BlockFigures, figs: Figure[], all: Figure[], out: Breakdown[]): void {
  const byEnd = new Map(figs.map((f) => [f.end, f]));
  const starts = all.map((f) => f.start);
  for (const [open, close] of asides(bf.block.text)) {
    const total = byEnd.get(open);
    if (!total) continue;
    const inner: Figure[] = [];
    for (let k = lowerBound(starts, open + 1); k < all.length && all[k].end < close + 1 && inner.length <= MAX_PARTS; k++) if (all[k].unit === total.unit) inner.push(all[k]);
    if (inner.length >= 2 && inner.length <= MAX_PARTS) out.push({ total, parts: inner, form: 'aside' });
  }
}

export function breakdowns(reading: Reading): void {
  reading.paragraphs.forEach((bf, bi) => {
    const masked = maskAsides(bf.block.text);
    // this year's amounts, and budgets (a budget breaks down into budgets: "预算安排合计X元，其中：基本支出预算a元…")
    const all = bf.figures.filter((f) => f.role === 'figure' || f.role === 'budget');
    // figures inside an aside "（…）" neither open nor join a 其中 list
    const figs = all.filter((f) => masked[f.start] !== ' ');
    qizhongLists(reading, bi, bf, figs, masked, reading.claims.breakdowns);
    gongLists(figs, masked, reading.claims.breakdowns);
    asideLists(bf, figs, all, reading.claims.breakdowns);
  });
}
