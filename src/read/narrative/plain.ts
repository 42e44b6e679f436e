// .txt and .md narratives: a line is a paragraph; tab-led lines (rows split by blank lines) and
// markdown pipe rows are table cells. Text copied out of a PDF (pdftotext) is hard-wrapped: its
// long lines that stop mid-sentence are joined again, and its page numbers dropped.
import type { RawBlock } from '../../narrative/model.js';
import { normaliseText } from './normalise.js';

/** Width as printed: a Chinese character takes two columns. */
function width(line: string): number {
  let w = 0;
  for (const ch of line.trim()) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return w;
}

const PAGE_NUMBER = /^\s*(?:[-—–－]\s*)?\d{1,3}(?:\s*[-—–－])?\s*$/;
const ENDS_PARAGRAPH = /[。！？!?；;：:]\s*$/;
const OPENS_ITEM = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\(\d+\)|\d{1,2}[.．、](?!\d)|[#|\t])/;

/**
 * Lines of a hard-wrapped text joined into paragraphs: a line as wide as the text's lines run
 * (within a fifth of the widest but one in ten) that does not end a sentence continues on the next.
 * Text written a paragraph to a line has no such width to run to, and is left as it is.
 */
export function unwrap(lines: string[]): string[] {
  const text = lines.filter((l) => l.trim() && !PAGE_NUMBER.test(l) && !l.startsWith('\t') && !/^\s*\|/.test(l));
  const widths = text.map(width).sort((a, b) => a - b);
  if (widths.length < 8) return lines;
  const runTo = widths[Math.floor(widths.length * 0.9)];
  // wrapped lines share one width: most lines of a wrapped text are near it
  const near = widths.filter((w) => w >= runTo * 0.8).length;
  if (runTo > 120 || near < widths.length * 0.4) return lines;
  const out: string[] = [];
  let carry = false;
  for (const raw of lines) {
    const line = raw.replace(/\f/g, '');
    if (PAGE_NUMBER.test(line) && line.trim()) continue;
    if (carry && line.trim() && !OPENS_ITEM.test(line)) out[out.length - 1] += line.trim();
    else out.push(line);
    const last = out[out.length - 1];
    carry = !!last.trim() && width(line) >= runTo * 0.8 && !ENDS_PARAGRAPH.test(last) && !last.startsWith('\t');
  }
  return out;
}

export function readPlain(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lines = unwrap(text.replace(/\r\n?/g, '\n').split('\n'));
  let table = 0;
  let row = 0;
  let col = 0;
  let inTable = false;
  let blankRun = 0;
  for (const line of lines) {
    // a tab-led line is a table cell, even an empty one
    if (line.startsWith('\t')) {
      if (!inTable) {
        table++;
        row = 1;
        col = 0;
      }
      inTable = true;
      blankRun = 0;
      col++;
      blocks.push({ kind: 'cell', text: normaliseText(line), cell: { table, row, col } });
      continue;
    }
    if (line.trim() === '') {
      blankRun++;
      if (inTable && blankRun === 1) {
        row++;
        col = 0;
      } else if (blankRun > 1) inTable = false;
      continue;
    }
    blankRun = 0;
    const md = /^\s*\|(.*)\|\s*$/.exec(line);
    if (md) {
      if (/^[\s|:-]+$/.test(md[1])) continue; // |---|---| separator
      if (!inTable) {
        table++;
        row = 0;
      }
      inTable = true;
      row++;
      md[1].split('|').forEach((c, i) => blocks.push({ kind: 'cell', text: normaliseText(c), cell: { table, row, col: i + 1 } }));
      continue;
    }
    inTable = false;
    const t = normaliseText(line.replace(/^#+\s*/, ''));
    if (!t) continue;
    // a hard-wrapped line that cut "212.53" from its "万元" belongs to the paragraph above
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'p' && /\d$/.test(last.text) && /^(万元|元|亿元|%)/.test(t)) last.text += t;
    else blocks.push({ kind: 'p', text: t });
  }
  return blocks;
}
