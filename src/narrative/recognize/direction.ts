// Actual against budget in words: "决算数小于预算数的主要原因：…", "决算数与预算数基本持平", "决算数同预算数持平",
// "决算数大于预算数55.93万元". The words are checked against the item's own actual and budget, which are
// written before them in its sentences ("年初预算为135.90万元，支出决算为135.25万元。决算数小于预算数…").
import type { Claims, Figure, Reading } from '../claims.js';
import type { BlockFigures } from '../figures.js';
import { ABOVE_WORDS, ACTUAL_WORD, BELOW_WORDS, BUDGET_KINDS, BUDGET_WORD, CLAUSE_MARKS, FLAT_WORD } from '../lexicon.js';
import type { Block } from '../model.js';
import { lowerBound, wordAt } from '../scan.js';
import { isGeneric, subjectKey } from '../subject.js';
import { namedItem } from '../figures.js';

export interface Direction {
  block: Block;
  start: number;
  end: number;
  text: string;
  /** What the words allow: 大于 [1], 小于 [−1], 持平 [0], "小于预算数(或与预算数持平)" [−1, 0]. */
  allowed: (1 | -1 | 0)[];
  /** "基本持平": roughly equal. */
  loose: boolean;
  actual: Figure;
  budget: Figure;
}

/** How many figures back, at most, an item's figures are looked for. */
const FIGURES_BACK = 128;
/** How many paragraphs back an item's figures are looked for. */
const BLOCKS_BACK = 4;
/** How far after the words a second reading ("或与预算数持平") may stand. */
const ALSO_WITHIN = 16;

/** "(年初|全年|调整)?预算(数)?" at `at`: its end, or -1. */
function budgetWordsAt(text: string, at: number): number {
  const kind = wordAt(text, at, BUDGET_KINDS);
  const k = at + (kind?.length ?? 0);
  if (!text.startsWith(BUDGET_WORD, k)) return -1;
  return text[k + 2] === '数' ? k + 3 : k + 2;
}

/** The words at `at` ("决算数小于预算数", "决算数与预算数基本持平"): [direction, end, loose] or undefined. */
export function versusAt(text: string, at: number): [1 | -1 | 0, number, boolean] | undefined {
  if (!text.startsWith(ACTUAL_WORD, at)) return undefined;
  let j = at + ACTUAL_WORD.length;
  if (text[j] === '数') j++;
  const above = wordAt(text, j, ABOVE_WORDS);
  const below = above ? undefined : wordAt(text, j, BELOW_WORDS);
  if (above || below) {
    const k = budgetWordsAt(text, j + (above ?? below)!.length);
    return k < 0 ? undefined : [above ? 1 : -1, k, false];
  }
  if (text[j] === '与' || text[j] === '同' || text[j] === '和') {
    let k = budgetWordsAt(text, j + 1);
    if (k < 0) return undefined;
    const loose = text.startsWith('基本', k);
    if (loose) k += 2;
    if (text.startsWith(FLAT_WORD, k)) return [0, k + FLAT_WORD.length, loose];
  }
  return undefined;
}

/** The latest figure before `at` (this paragraph, then the ones before it) that passes `ok`. */
export function latestBefore(reading: Reading, bi: number, at: number, ok: (f: Figure) => boolean): Figure | undefined {
  let seen = 0;
  for (let b = bi, n = 0; b >= 0 && n <= BLOCKS_BACK; b--, n++) {
    const bf = reading.paragraphs[b];
    if (b < bi && (bf.block.heading || reading.paragraphs[b + 1].block.index - bf.block.index !== 1)) break;
    const figs = bf.figures;
    // an item's figures are near it: a bounded look back keeps the reader linear
    for (let j = (b === bi ? lowerBound(bf.starts, at) : figs.length) - 1; j >= 0 && seen < FIGURES_BACK; j--, seen++) if (ok(figs[j])) return figs[j];
    if (bf.block.heading) break;
  }
  return undefined;
}

export function directions(reading: Reading, bi: number, claims: Claims): void {
  const bf: BlockFigures = reading.paragraphs[bi];
  const text = bf.block.text;
  for (const at of bf.index.positions(ACTUAL_WORD)) {
    const vs = versusAt(text, at);
    if (!vs) continue;
    const allowed: (1 | -1 | 0)[] = [vs[0]];
    // "决算数小于预算数（或与预算数持平）": either
    const flat = bf.index.firstIn(FLAT_WORD, vs[1], vs[1] + ALSO_WITHIN);
    if (vs[0] !== 0 && flat >= 0 && bf.index.nextOf('。；;', vs[1]) > flat) allowed.push(0);
    // whose: the subject its clause names ("“三公”经费支出决算数小于预算数"), else the item it stands in
    const clause = bf.index.prevOf(CLAUSE_MARKS, at) + 1;
    const named = namedItem(subjectKey(text.slice(Math.max(clause, at - 120), at)));
    const last = latestBefore(reading, bi, at, (f) => f.money && (f.role === 'figure' || f.role === 'budget'));
    const item = named ?? last?.item;
    if (!item || isGeneric(item)) continue;
    const actual = latestBefore(reading, bi, at, (f) => f.money && f.role === 'figure' && f.item === item);
    const budget = latestBefore(reading, bi, at, (f) => f.money && f.role === 'budget' && f.item === item);
    if (!actual || !budget) continue;
    claims.directions.push({ block: bf.block, start: at, end: vs[1], text: text.slice(at, vs[1]), allowed, loose: vs[2], actual, budget });
  }
}
