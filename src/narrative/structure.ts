// Headings (第一部分, 一、, （一）, 1.) → the section path of every block, and the report's year.
import type { Block, NarrativeDoc, RawBlock } from './model.js';

const LEVELS: [number, RegExp, number][] = [
  [1, /^(第[一二三四五六七八九十]+部分)/, 80],
  [2, /^([一二三四五六七八九十]+)[、.．]/, 40],
  [3, /^(（[一二三四五六七八九十]+）)/, 50],
  [4, /^(\d{1,2})[.．、](?!\d)/, 30],
];

function headingOf(text: string): [number, string] | undefined {
  for (const [level, re, max] of LEVELS) {
    const m = re.exec(text);
    // a heading is short and states no amount; "1.一般公共服务（类）…396.55万元" is a list item
    if (m && text.length <= max && !/\d\s*(万元|元|%)/.test(text)) return [level, level === 4 ? `${m[1]}.` : m[1]];
  }
  return undefined;
}

export function sectionLabel(path: string[]): string {
  const [l1, l2, l3, l4] = path;
  return [l1, [l2, l3, l4].filter(Boolean).join('')].filter(Boolean).join(' ');
}

/** Marks a paragraph may open with only when it continues the one before ("。主要用于…" after a page break). */
const CONTINUES = '。，,、；;：:）)';
/** Marks a paragraph cannot end with: the sentence goes on in the next one. */
const UNFINISHED = '，,、（(';
/** An item's opening: "1、", "（三）", "三、", "第二部分". */
const OPENS = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\(\d+\)|\d{1,2}[.．、](?!\d))/;

/**
 * Paragraphs that a page break or a short line cut in two, joined again: the second opens with a
 * mark that only continues a sentence, or the first stops mid-sentence (after "，", or after a
 * 类/款 name whose 项 is on the next line). A heading is never continued.
 */
export function joinBroken(raw: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of raw) {
    const prev = out[out.length - 1];
    // (a 类/款 name cut from its 项 is no heading, though short: "2、社会保障和就业支出（类）行政事业单位养老支出（款）")
    const cut = /（[类款]）$/.test(prev?.text ?? '');
    if (b.kind === 'p' && prev?.kind === 'p' && prev.text && b.text && (cut || !headingOf(prev.text)) && !OPENS.test(b.text)) {
      const last = prev.text[prev.text.length - 1];
      if (CONTINUES.includes(b.text[0]) || UNFINISHED.includes(last) || cut) {
        out[out.length - 1] = { ...prev, text: prev.text + b.text };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

export function structure(file: string, rawBlocks: RawBlock[]): NarrativeDoc {
  const path: string[] = [];
  const raw = joinBroken(rawBlocks);
  const blocks: Block[] = raw.map((b, i) => {
    let heading: number | undefined;
    if (b.kind === 'p') {
      const h = headingOf(b.text);
      if (h) {
        heading = h[0];
        path[h[0] - 1] = h[1];
        path.length = h[0];
      }
    }
    return { ...b, index: i + 1, section: sectionLabel(path), heading };
  });
  return { file, year: reportYear(blocks), blocks };
}

function reportYear(blocks: Block[]): number | undefined {
  for (const b of blocks) {
    const m = /(20\d{2})\s*年度?\s*(?:部门|单位)?决算/.exec(b.text);
    if (m) return +m[1];
  }
  const counts = new Map<number, number>();
  for (const b of blocks) for (const m of b.text.matchAll(/(20\d{2})\s*年度/g)) counts.set(+m[1], (counts.get(+m[1]) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}

/** The headings a block stands under, outermost first, as one text ("第二部分… 四、财政拨款收入支出…"). */
export function headingsAbove(doc: NarrativeDoc, block: Block): string {
  const out: string[] = [];
  let level = block.heading ?? Infinity;
  for (let i = doc.blocks.indexOf(block) - 1; i >= 0 && level > 1; i--) {
    const b = doc.blocks[i];
    if (b.heading !== undefined && b.heading < level) {
      out.unshift(b.text);
      level = b.heading;
    }
  }
  return out.join(' ');
}
