// Shares: "基本支出1140.27万元，占27.52%", "占本年支出合计的比重为62.50%", "A万元、B万元，分别占p%、q%".
// A share belongs to the figures of its sentence just before it, in order; its total is the words
// between 占 and the number (or, when it names none, the breakdown or the sentence it stands in).
import { Big } from '../../model/decimal.js';
import type { Claims, Figure } from '../claims.js';
import type { BlockFigures } from '../figures.js';
import { SHARE_STOPS } from '../lexicon.js';
import { decimalsOf, spacesBefore } from '../scan.js';

/** The words of a share's total are at most this long ("占本年一般公共预算财政拨款支出合计的"). */
const TOTAL_MAX = 30;
/** Words around a total that are not the total: "占比为", "占…的比重为" (every combination, longest first). */
const combos = (...parts: string[][]): string[] => parts.reduce<string[]>((acc, p) => acc.flatMap((a) => p.map((b) => a + b)), ['']).filter(Boolean).sort((a, b) => b.length - a.length);
const LEADS = combos(['比', ''], ['分别', '依次', ''], ['为', '是', '']);
const TAILS = combos(['的', ''], ['比重', '比例'], ['分别', ''], ['为', '是', '']);

/** "占X的" just before `end` (back to `floor`): X, or undefined when no 占 opens it. */
export function shareWords(text: string, floor: number, end: number): string | undefined {
  let e = spacesBefore(text, end, floor);
  if (e > floor && text[e - 1] === '的') e--;
  // the 占 must come after the last clause stop, within reach
  for (let i = Math.max(floor, e - TOTAL_MAX - 1); i < e; i++) {
    if (text[i] !== '占') continue;
    const words = text.slice(i + 1, e);
    if ([...words].some((c) => SHARE_STOPS.includes(c))) continue;
    return words;
  }
  return undefined;
}

/** The total a share names, without the words around it. */
export function totalName(words: string): string {
  let s = words;
  const lead = LEADS.find((w) => s.startsWith(w));
  if (lead) s = s.slice(lead.length);
  const tail = TAILS.find((w) => s.endsWith(w));
  if (tail) s = s.slice(0, -tail.length);
  return s.trim();
}

export function shares(bf: BlockFigures, claims: Claims): void {
  const { block, index, figures } = bf;
  const text = block.text;
  let fi = 0;
  for (const p of bf.percents) {
    const t = p.token;
    while (fi < figures.length && figures[fi].start < t.start) fi++;
    const words = shareWords(text, p.floor, t.start);
    if (words === undefined) continue;
    const sentence = index.sentence[t.start];
    const values = p.list ?? [t];
    // "A万元、B万元，分别占p%、q%": the shares go with the last figures before them, in order
    const owners: Figure[] = [];
    for (let j = fi - 1; j >= 0 && owners.length < values.length && figures[j].sentence === sentence; j--) {
      const f = figures[j];
      if (f.money && f.role === 'figure') owners.unshift(f);
    }
    // one share after a list of figures ("各是A、B万元，占p%"): whose is it?
    const ambiguous = values.length === 1 && (owners[0]?.peers?.length ?? 0) > 1;
    if (owners.length !== values.length || ambiguous) continue;
    const denominator = totalName(words);
    values.forEach((v, i) =>
      claims.shares.push({ block, start: v.start, end: v.start + v.num.length, text: v.num, value: new Big(v.num), decimals: decimalsOf(v.num), denominator, of: owners[i], sentence }),
    );
  }
}
