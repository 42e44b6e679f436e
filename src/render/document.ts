// The document's blocks → a Word document: a cover, a 目录 (TOC field), headings in heading styles,
// body text, native charts with numbered captions, and the attached tables as the forms print them.
import type * as Docx from 'docx';
import { randomUUID } from 'node:crypto';
import { blocksOf, type Block, type RenderInput } from './blocks.js';
import { LAYOUT, textWidth } from './layout.js';
import { breaksBefore, paginate, tableLine } from './paginate.js';
import { TABLE_SIZES, type AttachedTable, type GridTable } from './tables.js';
import { docxParts } from '../vendor/docx.js';

// the library is loaded once, before anything here runs (docx.ts: from the build's bundle when there is one)
const { docx, charts } = await docxParts();
const {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  SimpleField,
  Tab,
  TabStopType,
  LeaderType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignSection,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} = docx;
const { ChartRun } = charts;

export type { RenderInput } from './blocks.js';

type Font = { font: string; fallback: string; size: number; bold?: boolean };

const face = (f: Font) => ({ eastAsia: f.font, ascii: f.fallback, hAnsi: f.fallback });
const runOf = (f: Font) => ({ font: face(f), size: f.size, bold: f.bold ?? false, color: '000000' });
const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function caption(c: NonNullable<Extract<Block, { kind: 'chart' }>['caption']>): Docx.Paragraph {
  // the number is a SEQ field, as Word's own captions are, with the number written in
  const children = c.number ? [new TextRun(c.before), new SimpleField('SEQ 图 \\* ARABIC', String(c.number)), new TextRun(c.after)] : [new TextRun(c.before)];
  return new Paragraph({ style: 'Caption', children });
}

/** A table cell's paragraph style: its kind and its type size (the line pitch goes with it). */
const cellStyle = (kind: 'TableText' | 'TableNumber' | 'TableHead', size: number) => `${kind}${size}`;

function wordTable(g: GridTable): Docx.Table {
  const size = g.size;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: g.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: g.widths,
    margins: { left: LAYOUT.cellPad, right: LAYOUT.cellPad, top: 0, bottom: 0 },
    rows: g.rows.map(
      (r, ri) =>
        new TableRow({
          tableHeader: ri < g.headerRows,
          // a row is never split across two pages
          cantSplit: true,
          // a cell at column i spans i … i + colSpan − 1; the columns it covers are no cells of their own
          children: r.flatMap((c, ci) =>
            c.covered
              ? []
              : [
                  new TableCell({
                    width: { size: g.widths.slice(ci, ci + c.colSpan).reduce((a, b) => a + b, 0), type: WidthType.DXA },
                    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
                    verticalAlign: VerticalAlignTable.CENTER,
                    verticalMerge: c.vMerge === 'restart' ? VerticalMergeType.RESTART : c.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
                    // the size and the line pitch are the style's: a large table stays cheap to write
                    children: [new Paragraph({ style: cellStyle(ri < g.headerRows ? 'TableHead' : c.numeric ? 'TableNumber' : 'TableText', size), text: c.text })],
                  }),
                ],
          ),
        }),
    ),
  });
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (text: string) => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => XML_ESCAPES[c] ?? '');
const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('');

/**
 * The XML docx writes for wordTable's Table, written directly: byte for byte the same (a test compares
 * the two on every table of the sample and on odd cells), without building and formatting an object
 * for each cell, its paragraph and run, which was most of writing the document (the tables are most
 * of document.xml).
 */
export function tableXml(g: GridTable): string {
  const size = g.size;
  const pad = LAYOUT.cellPad;
  const out = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${g.widths.reduce((a, b) => a + b, 0)}"/><w:tblBorders>${SIDES}</w:tblBorders><w:tblLayout w:type="fixed"/>`,
    `<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${pad}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${pad}"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${g.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  g.rows.forEach((r, ri) => {
    out.push(`<w:tr><w:trPr><w:cantSplit/>${ri < g.headerRows ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}</w:trPr>`);
    r.forEach((c, ci) => {
      if (c.covered) return;
      const width = g.widths.slice(ci, ci + c.colSpan).reduce((a, b) => a + b, 0);
      const span = c.colSpan > 1 ? `<w:gridSpan w:val="${c.colSpan}"/>` : '';
      const merge = c.vMerge ? `<w:vMerge w:val="${c.vMerge}"/>` : '';
      const style = cellStyle(ri < g.headerRows ? 'TableHead' : c.numeric ? 'TableNumber' : 'TableText', size);
      const run = c.text ? `<w:r><w:t xml:space="preserve">${escapeXml(c.text)}</w:t></w:r>` : '';
      out.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run}</w:p></w:tc>`);
    });
    out.push('</w:tr>');
  });
  out.push('</w:tbl>');
  return out.join('');
}

/** How the tables are written: as docx objects, or as XML put in place of a marker paragraph afterwards. */
export type TableWriting = 'docx' | 'xml';

export interface WordDocument {
  document: Docx.Document;
  /** document.xml as docx wrote it → with the tables written as XML in place of their markers. */
  finish(documentXml: string): string;
}

function attached(t: AttachedTable, first: boolean, table: (g: GridTable) => Docx.Paragraph | Docx.Table): (Docx.Paragraph | Docx.Table)[] {
  const width = textWidth(t.grid.landscape);
  return [
    new Paragraph({ style: 'TableId', pageBreakBefore: !first, children: [new TextRun(t.id)] }),
    new Paragraph({ style: 'TableTitle', children: [new TextRun(t.title)] }),
    new Paragraph({ style: 'TableMeta', tabStops: [{ type: TabStopType.RIGHT, position: width }], children: [new TextRun(`部门：${t.dept}`), new TextRun({ text: `\t单位：${t.unit}` })] }),
    table(t.grid),
  ];
}

const footer = () =>
  new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '— ', size: LAYOUT.caption.size }), new TextRun({ children: [PageNumber.CURRENT], size: LAYOUT.caption.size }), new TextRun({ text: ' —', size: LAYOUT.caption.size })] })],
  });

const portrait = { size: LAYOUT.page, margin: LAYOUT.margin };
const landscapePage = { size: { width: LAYOUT.page.width, height: LAYOUT.page.height, orientation: PageOrientation.LANDSCAPE }, margin: LAYOUT.landscape.margin };

const onLandscape = (b: Block) => (b.kind === 'table' && b.table.grid.landscape) || (b.kind === 'project' && b.grid.landscape);

export function buildDocument(input: RenderInput, writing: TableWriting = 'xml'): WordDocument {
  const blocks = blocksOf(input);
  // 'xml': a table is a table of one cell holding a marker no text can hold (a private-use character
  // and a random number) until finish() puts the table's XML in its place. A table, so that docx
  // places what follows it (a section's end) as it does after the real one.
  const nonce = `\u{E000}fa-table-${randomUUID()}-`;
  const xml: string[] = [];
  const table = (g: GridTable) => {
    if (writing === 'docx') return wordTable(g);
    xml.push(tableXml(g));
    const marker = new Paragraph({ children: [new TextRun(`${nonce}${xml.length - 1}`)] });
    return new Table({ rows: [new TableRow({ children: [new TableCell({ children: [marker] })] })] });
  };
  const finish = (documentXml: string) => {
    const parts = documentXml.split(new RegExp(`<w:tbl>(?:(?!</w:tbl>)[\\s\\S])*?${nonce}(\\d+)[\\s\\S]*?</w:tbl>`));
    // each marker once, as docx wrote it: anything else and the document would lose a table
    if (parts.length !== 2 * xml.length + 1) throw new Error(`document.xml: ${(parts.length - 1) / 2} table markers for ${xml.length} tables`);
    return parts.map((p, i) => (i % 2 ? xml[Number(p)] : p)).join('');
  };
  const pages = paginate(blocks, onLandscape);
  const sections: Docx.ISectionOptions[] = [];
  let children: (Docx.Paragraph | Docx.Table | Docx.TableOfContents)[] = [];
  let turned = false;
  let numbered = false;
  let kind: 'cover' | 'toc' | 'body' | undefined;
  const close = () => {
    if (!children.length) return;
    const body = kind === 'body';
    sections.push({
      properties: {
        page: { ...(turned ? landscapePage : portrait), pageNumbers: body && !numbered ? { start: 1 } : undefined },
        verticalAlign: kind === 'cover' ? VerticalAlignSection.CENTER : undefined,
      },
      footers: body ? { default: footer() } : undefined,
      children,
    });
    if (body) numbered = true;
    children = [];
  };
  const open = (k: typeof kind, landscape: boolean) => {
    if (k !== kind || landscape !== turned) {
      close();
      kind = k;
      turned = landscape;
    }
  };
  const tocEntries = [...pages].filter(([i]) => {
    const b = blocks[i];
    return b.kind === 'heading' && b.level >= 1 && b.level <= 2;
  });
  blocks.forEach((b, i) => {
    if (b.kind === 'cover') {
      open('cover', false);
      // a third of the page down, where Word's centring of the page would put it too
      b.lines.forEach((l, k) => children.push(new Paragraph({ style: l.title ? 'Title' : 'CoverLine', spacing: k === 0 ? { before: 2400 } : undefined, children: [new TextRun(l.text)] })));
      close();
      return;
    }
    if (b.kind === 'toc') {
      open('toc', false);
      // the entries as Word writes them, with the estimated pages; Word fills the field anew on opening
      const right = [{ type: TabStopType.RIGHT, position: textWidth(false), leader: LeaderType.DOT }];
      children.push(
        new Paragraph({ style: 'TocTitle', children: [new TextRun(b.title)] }),
        new TableOfContents(b.title, {
          headingStyleRange: '1-2',
          contentChildren: tocEntries.map(([j, page]) => {
            const h = blocks[j] as Extract<Block, { kind: 'heading' }>;
            return new Paragraph({ style: `TOC${h.level}`, tabStops: right, children: [new TextRun(h.text), new TextRun({ children: [new Tab(), String(page)] })] });
          }),
        }),
      );
      close();
      return;
    }
    const landscape = onLandscape(b);
    open('body', landscape);
    // the first block of a section is on a new page already; a table stays with the heading before it
    const first = children.length === 0 || (b.kind === 'table' && blocks[i - 1]?.kind === 'heading');
    if (b.kind === 'heading') {
      children.push(new Paragraph({ heading: HEADINGS[Math.min(b.level, 4)], pageBreakBefore: breaksBefore(b) && !first, children: [new TextRun(b.text)] }));
    } else if (b.kind === 'body') children.push(new Paragraph({ style: 'Body', children: [new TextRun(b.text)] }));
    else if (b.kind === 'chart') {
      children.push(new Paragraph({ style: 'Chart', children: [new ChartRun({ transformation: LAYOUT.chart, ...b.spec })] }));
      if (b.caption) children.push(caption(b.caption));
    } else if (b.kind === 'table') children.push(...attached(b.table, first, table));
    else if (b.kind === 'project') children.push(new Paragraph({ style: 'TableTitle', children: [new TextRun(b.title)] }), table(b.grid));
  });
  close();
  const title = blocks.find((b) => b.kind === 'cover')?.lines.map((l) => l.text).join('') ?? (blocks.find((b) => b.kind === 'heading') as { text?: string } | undefined)?.text;
  const document = new Document({
    creator: 'fa-render',
    title,
    styles: styles(),
    sections,
  });
  return { document, finish };
}

function styles() {
  const f = LAYOUT.body;
  const t = LAYOUT.table;
  const base = { basedOn: 'Normal', quickFormat: true };
  return {
    default: {
      document: { run: { font: face(f), size: f.size, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
      title: { run: runOf(LAYOUT.coverTitle), paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 1200, line: 1200, lineRule: LineRuleType.AT_LEAST } } },
      heading1: { run: runOf(LAYOUT.heading1), paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact(LAYOUT.line), after: LAYOUT.line }, keepNext: true, keepLines: true, outlineLevel: 0 } },
      heading2: { run: runOf(LAYOUT.heading2), paragraph: { indent: { firstLine: LAYOUT.indent }, spacing: exact(LAYOUT.line), keepNext: true, keepLines: true, outlineLevel: 1 } },
      heading3: { run: runOf(LAYOUT.heading3), paragraph: { indent: { firstLine: LAYOUT.indent }, spacing: exact(LAYOUT.line), keepNext: true, keepLines: true, outlineLevel: 2 } },
      heading4: { run: runOf(LAYOUT.heading4), paragraph: { indent: { firstLine: LAYOUT.indent }, spacing: exact(LAYOUT.line), keepNext: true, keepLines: true, outlineLevel: 3 } },
      caption: { run: { ...runOf(LAYOUT.caption), italics: false }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 200 } } },
    },
    paragraphStyles: [
      { id: 'Body', name: 'Body Text', ...base, next: 'Body', paragraph: { indent: { firstLine: LAYOUT.indent }, spacing: exact(LAYOUT.line), alignment: AlignmentType.JUSTIFIED, widowControl: true } },
      // a chart's paragraph keeps with its caption, at the chart's own height
      { id: 'Chart', name: 'Chart', ...base, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 } } },
      { id: 'CoverLine', name: 'Cover Line', ...base, run: runOf(LAYOUT.cover), paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 480 } } },
      { id: 'TocTitle', name: 'TOC Title', ...base, run: runOf(LAYOUT.heading1), paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: LAYOUT.line } } },
      { id: 'TOC1', name: 'toc 1', ...base, run: runOf(LAYOUT.heading2), paragraph: { spacing: exact(LAYOUT.line) } },
      { id: 'TOC2', name: 'toc 2', ...base, run: { ...runOf(LAYOUT.body) }, paragraph: { indent: { left: LAYOUT.indent }, spacing: exact(LAYOUT.line) } },
      { id: 'TableId', name: 'Table Number Line', ...base, run: runOf({ ...t, size: 21 }), paragraph: { alignment: AlignmentType.RIGHT, keepNext: true, spacing: exact(300) } },
      { id: 'TableTitle', name: 'Table Title', ...base, run: runOf(LAYOUT.tableTitle), paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...exact(560), before: 120 } } },
      { id: 'TableMeta', name: 'Table Department Line', ...base, run: runOf({ ...t, size: 21 }), paragraph: { keepNext: true, spacing: { ...exact(300), after: 60 } } },
      { id: 'TableText', name: 'Table Text', ...base, run: { font: face(t) }, paragraph: { alignment: AlignmentType.LEFT } },
      { id: 'TableNumber', name: 'Table Number', basedOn: 'TableText', paragraph: { alignment: AlignmentType.RIGHT } },
      { id: 'TableHead', name: 'Table Head', basedOn: 'TableText', paragraph: { alignment: AlignmentType.CENTER } },
      // each at each size a table may take (tables.ts)
      ...TABLE_SIZES.flatMap((size) =>
        (['TableText', 'TableNumber', 'TableHead'] as const).map((kind) => ({ id: cellStyle(kind, size), name: `${kind} ${size / 2} pt`, basedOn: kind, run: { size }, paragraph: { spacing: exact(tableLine(size)) } })),
      ),
    ],
  };
}
