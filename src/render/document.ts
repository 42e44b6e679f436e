// Rendered template text → a Word document: headings, body, native charts, and the workbook tables.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
} from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import { LAYOUT } from './layout.js';
import type { GridTable } from './tables.js';

type Font = { font: string; fallback: string; size: number; bold?: boolean };

function run(text: string, f: Font, extra: Partial<IRunOptions> = {}): TextRun {
  // East Asian text takes the named font; the fallback is named for Latin text and for readers without it
  return new TextRun({ text, font: { eastAsia: f.font, ascii: f.fallback, hAnsi: f.fallback }, size: f.size, bold: f.bold, ...extra });
}

const spacing = { line: LAYOUT.line, lineRule: LineRuleType.EXACT };

function heading(text: string, level: number): Paragraph {
  const f = level === 0 ? LAYOUT.title : level === 1 ? LAYOUT.heading1 : level === 2 ? LAYOUT.heading1 : level === 3 ? LAYOUT.heading2 : LAYOUT.heading3;
  return new Paragraph({
    children: [run(text, f)],
    alignment: level <= 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: level >= 2 ? { firstLine: LAYOUT.indent } : undefined,
    spacing: level === 0 ? { before: 240, after: 240 } : spacing,
  });
}

function body(text: string): Paragraph {
  return new Paragraph({ children: [run(text, LAYOUT.body)], indent: { firstLine: LAYOUT.indent }, spacing, alignment: AlignmentType.JUSTIFIED });
}

function caption(text: string): Paragraph {
  return new Paragraph({ children: [run(text, LAYOUT.caption)], alignment: AlignmentType.CENTER });
}

function wordTable(g: GridTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: g.rows.map(
      (r, ri) =>
        new TableRow({
          tableHeader: ri < g.headerRows,
          children: r
            .filter((c) => !c.covered)
            .map(
              (c) =>
                new TableCell({
                  columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
                  verticalMerge: c.vMerge === 'restart' ? VerticalMergeType.RESTART : c.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
                  // one paragraph style for every cell: a large table stays cheap to build
                  children: [new Paragraph({ text: c.text, style: ri < g.headerRows ? 'TableHead' : c.numeric ? 'TableNumber' : 'TableText' })],
                }),
            ),
        }),
    ),
    columnWidths: g.widths.map((w) => Math.floor((9000 * w) / g.widths.reduce((a, b) => a + b, 0))),
  });
}

/** Everything the document is made of, as plain data (it may cross to a worker thread). */
export interface RenderInput {
  text: string;
  charts: Record<string, ChartRunOptions | undefined>;
  /** The workbook's core tables, for @tables. */
  tables: { title: string; unit: string; grid: GridTable }[];
}

export function buildDocument(input: RenderInput): Document {
  const children: (Paragraph | Table)[] = [];
  for (const raw of input.text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const h = /^(#{1,4})\s+(.*)$/.exec(line);
    if (h) {
      children.push(heading(h[2], h[1].length - 1));
      continue;
    }
    const chart = /^@chart\s+(\S+)\s*(.*)$/.exec(line);
    if (chart) {
      const spec = input.charts[chart[1]];
      if (spec) children.push(new Paragraph({ children: [new ChartRun(spec)], alignment: AlignmentType.CENTER }));
      if (chart[2]) children.push(caption(chart[2]));
      continue;
    }
    if (line === '@tables') {
      for (const t of input.tables)
        children.push(heading(t.title, 2), new Paragraph({ children: [run(`单位：${t.unit}`, LAYOUT.table)], alignment: AlignmentType.RIGHT }), wordTable(t.grid));
      continue;
    }
    children.push(body(line));
  }
  const f = LAYOUT.body;
  const t = LAYOUT.table;
  return new Document({
    creator: 'fa-render',
    title: input.text.split('\n')[0].replace(/^#\s*/, ''),
    styles: {
      default: { document: { run: { font: { eastAsia: f.font, ascii: f.fallback, hAnsi: f.fallback }, size: f.size } } },
      paragraphStyles: [
        { id: 'TableText', name: 'Table Text', run: { font: { eastAsia: t.font, ascii: t.fallback, hAnsi: t.fallback }, size: t.size }, paragraph: { alignment: AlignmentType.LEFT } },
        { id: 'TableNumber', name: 'Table Number', basedOn: 'TableText', paragraph: { alignment: AlignmentType.RIGHT } },
        { id: 'TableHead', name: 'Table Head', basedOn: 'TableText', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
      ],
    },
    sections: [
      {
        properties: { page: { size: LAYOUT.page, margin: LAYOUT.margin } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('— ', LAYOUT.caption), new TextRun({ children: [PageNumber.CURRENT], size: LAYOUT.caption.size }), run(' —', LAYOUT.caption)] })] }),
        },
        children,
      },
    ],
  });
}
