// .txt and .md narratives: a line is a paragraph; tab-led lines (rows split by blank lines) and
// markdown pipe rows are table cells.
import type { RawBlock } from '../../narrative/model.js';
import { normaliseText } from './normalise.js';

export function readPlain(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
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
