// Where each heading falls: a page estimate from the blocks, for the page numbers of the 目录.
//
// The body is set on a fixed line pitch (28.95 pt, 22 lines a page, GB/T 9704), so counting lines
// is close to what a word processor does; charts have a fixed height and table rows are counted
// line by line. The numbers are an estimate: the 目录 is a TOC field, and Word fills it anew when it
// opens the document.
import type { Block } from './blocks.js';
import { ems, LAYOUT, textHeight, textWidth } from './layout.js';
import type { GridTable } from './tables.js';

/** The page, counted from 1 at the first page of the body, that each heading block starts on (by index). */
export type HeadingPages = Map<number, number>;

const PX = 15; // twips a pixel

function lines(text: string, emTwips: number, width: number, indent = 0): number {
  // Chinese lines break anywhere, but not before a closing sign: a line holds a little less
  return Math.max(1, Math.ceil((ems(text) * emTwips * 1.03 + indent) / width));
}

/** Heights of a table's rows in twips. */
export function rowHeights(g: GridTable): number[] {
  const line = tableLine(g.size);
  return g.rows.map((r) => {
    let n = 1;
    // a cell at column i spans i … i + colSpan − 1; the cells it covers have no text of their own
    r.forEach((c, ci) => {
      if (c.covered || !c.text) return;
      const w = g.widths.slice(ci, ci + c.colSpan).reduce((a, b) => a + b, 0) - 2 * LAYOUT.cellPad;
      n = Math.max(n, lines(c.text, g.size * 10, Math.max(w, 1)));
    });
    return n * line + 12;
  });
}

/** The exact line pitch of table text of a size (half-points), in twips. */
export function tableLine(size: number): number {
  return Math.round(size * 14);
}

/** Heights of the parts of a block in twips: parts that may go to different pages (lines, rows). */
function parts(b: Block): { heights: number[]; repeat: number; minFirst: number } {
  const width = textWidth(false);
  switch (b.kind) {
    case 'heading':
      return { heights: Array(lines(b.text, LAYOUT.heading1.size * 10, width, b.level >= 2 ? LAYOUT.indent : 0)).fill(LAYOUT.line), repeat: 0, minFirst: 99 };
    case 'body': {
      const n = lines(b.text, LAYOUT.body.size * 10, width, LAYOUT.indent);
      // widow and orphan control: two lines at least on either page
      return { heights: Array(n).fill(LAYOUT.line), repeat: 0, minFirst: Math.min(n, 2) };
    }
    case 'chart':
      return { heights: [(b.spec.transformation?.height ?? LAYOUT.chart.height) * PX + 200 + (b.caption ? 500 : 0)], repeat: 0, minFirst: 1 };
    case 'table': {
      const rows = rowHeights(b.table.grid);
      const head = rows.slice(0, b.table.grid.headerRows).reduce((a, x) => a + x, 0);
      // 公开NN表, the title and the 部门 line stay with the header and the first row
      const top = 300 + 680 + 360 + head + (rows[b.table.grid.headerRows] ?? 0);
      return { heights: [top, ...rows.slice(b.table.grid.headerRows + 1)], repeat: head, minFirst: 1 };
    }
    case 'project': {
      const rows = rowHeights(b.grid);
      return { heights: [560 + (rows[0] ?? 0), ...rows.slice(1)], repeat: 0, minFirst: 1 };
    }
    default:
      return { heights: [], repeat: 0, minFirst: 0 };
  }
}

/** Whether a block starts a new page of its own: 第N部分, and each attached table. */
export function breaksBefore(b: Block): boolean {
  return (b.kind === 'heading' && b.level === 1) || b.kind === 'table';
}

/** Keep-with-next: headings with what follows them. */
export function keepsWithNext(b: Block): boolean {
  return b.kind === 'heading';
}

/** The page of each heading; `landscape` says which blocks are on landscape pages (a section each run). */
export function paginate(blocks: Block[], landscape: (b: Block) => boolean): HeadingPages {
  const pages: HeadingPages = new Map();
  let page = 1;
  let used = 0;
  let wasLandscape = false;
  let first = true;
  const newPage = () => {
    page++;
    used = 0;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'cover' || b.kind === 'toc') return;
    const turned = landscape(b);
    const height = textHeight(turned);
    const afterHeading = b.kind === 'table' && blocks[i - 1]?.kind === 'heading';
    if (!first && (turned !== wasLandscape || (breaksBefore(b) && !afterHeading && used > 0))) newPage();
    first = false;
    wasLandscape = turned;
    const p = parts(b);
    // a heading needs room for itself and the start of what it is kept with
    let need = p.heights.reduce((a, x) => a + x, 0);
    if (keepsWithNext(b)) {
      for (let j = i + 1; j < blocks.length; j++) {
        const next = parts(blocks[j]);
        if (keepsWithNext(blocks[j])) {
          need += next.heights.reduce((a, x) => a + x, 0);
          continue;
        }
        need += next.heights.slice(0, next.minFirst).reduce((a, x) => a + x, 0);
        break;
      }
    } else need = p.heights.slice(0, p.minFirst).reduce((a, x) => a + x, 0);
    if (used > 0 && used + need > height) newPage();
    if (b.kind === 'heading') pages.set(i, page);
    for (const h of p.heights) {
      if (used > 0 && used + h > height) {
        newPage();
        used += p.repeat;
      }
      used += h;
    }
  });
  return pages;
}
