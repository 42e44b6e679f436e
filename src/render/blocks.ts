// Rendered template text → the document's blocks, as plain data: the cover, the 目录, headings,
// paragraphs, charts with their numbered captions, the attached tables. document.ts makes Word of
// them; paginate.ts works out on which page each heading falls.
import type { ChartRunOptions } from 'docx/charts';
import type { AttachedTable, GridTable } from './tables.js';

export type Block =
  | { kind: 'cover'; lines: { text: string; title: boolean }[] }
  | { kind: 'toc'; title: string }
  /** level 0 is the document's title, 1 第N部分, 2 一、, 3 （一）, 4 1. */
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'body'; text: string }
  | { kind: 'chart'; spec: ChartRunOptions; caption?: { before: string; number: number; after: string } }
  | { kind: 'table'; table: AttachedTable }
  | { kind: 'project'; title: string; grid: GridTable };

/** Everything the document is made of, as plain data (it may cross to a worker thread). */
export interface RenderInput {
  text: string;
  charts: Record<string, ChartRunOptions | undefined>;
  /** The workbook's core tables, for @tables. */
  tables: AttachedTable[];
  /** The project self-evaluations, for @projects; the gap to show when there are none. */
  projects?: { title: string; grid: GridTable }[];
  projectsGap?: string;
}

/** A caption's figure number: "（图3：…）" or "图3 …" is numbered again, counting the charts shown. */
const FIGURE = /^(.*?图\s*)\d+(.*)$/;

export function blocksOf(input: RenderInput): Block[] {
  const blocks: Block[] = [];
  let cover: { text: string; title: boolean }[] | undefined;
  let figures = 0;
  for (const raw of input.text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line === '@cover') {
      cover = [];
      continue;
    }
    if (cover) {
      if (line === '@end') {
        blocks.push({ kind: 'cover', lines: cover });
        cover = undefined;
      } else cover.push(line.startsWith('# ') ? { text: line.slice(2).trim(), title: true } : { text: line, title: false });
      continue;
    }
    const h = /^(#{1,5})\s+(.*)$/.exec(line);
    if (h) {
      blocks.push({ kind: 'heading', level: h[1].length - 1, text: h[2] });
      continue;
    }
    const toc = /^@toc\s*(.*)$/.exec(line);
    if (toc) {
      blocks.push({ kind: 'toc', title: toc[1] || '目录' });
      continue;
    }
    const chart = /^@chart\s+(\S+)\s*(.*)$/.exec(line);
    if (chart) {
      const spec = input.charts[chart[1]];
      // a chart without data is left out with its caption; the next one takes its number
      if (!spec) continue;
      const m = FIGURE.exec(chart[2]);
      figures++;
      blocks.push({ kind: 'chart', spec, caption: chart[2] ? (m ? { before: m[1], number: figures, after: m[2] } : { before: chart[2], number: 0, after: '' }) : undefined });
      continue;
    }
    if (line === '@tables') {
      for (const table of input.tables) blocks.push({ kind: 'table', table });
      continue;
    }
    if (line === '@projects') {
      if (input.projects?.length) for (const p of input.projects) blocks.push({ kind: 'project', title: p.title, grid: p.grid });
      else if (input.projectsGap) blocks.push({ kind: 'body', text: input.projectsGap });
      continue;
    }
    blocks.push({ kind: 'body', text: line });
  }
  if (cover) blocks.push({ kind: 'cover', lines: cover });
  return blocks;
}
