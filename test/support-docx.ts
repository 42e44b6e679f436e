// Build a real .docx from a plain-text narrative (the reader's own .txt format): paragraphs, Word
// tables (an empty first cell under a filled one becomes a vertical merge), and native charts.
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlain } from '../src/read/narrative/plain.js';
import { tempDir } from './helpers.js';

export interface ChartSpec {
  /** Insert after the paragraph containing this text. */
  after: string;
  chart: ChartRunOptions;
}

/** A paragraph whose text Word breaks by soft line breaks (w:br) before every 万元 after a number and every 5th 、. */
function softBroken(text: string): Paragraph {
  const parts = text.split(/(?<=\d)(?=万元)|(?<=(?:[^、]*、){4}[^、]*)(?=、)/);
  return new Paragraph({ children: parts.map((p, i) => new TextRun({ text: p, break: i ? 1 : undefined })) });
}

export async function docxFromText(text: string, charts: ChartSpec[] = [], name = 'narrative.docx', options: { softBreaks?: boolean } = {}): Promise<string> {
  const blocks = readPlain(text);
  const children: (Paragraph | Table)[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (b.kind === 'cell') {
      const table = b.cell!.table;
      const rows: string[][] = [];
      while (i < blocks.length && blocks[i].kind === 'cell' && blocks[i].cell!.table === table) {
        const c = blocks[i].cell!;
        (rows[c.row - 1] ??= [])[c.col - 1] = blocks[i].text;
        i++;
      }
      const width = Math.max(...rows.filter(Boolean).map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.filter(Boolean).map(
            (r, ri, all) =>
              new TableRow({
                children: Array.from({ length: width }, (_, ci) => {
                  const t = r[ci] ?? '';
                  const below = ri + 1 < all.length ? (all[ri + 1][ci] ?? '') : 'x';
                  let verticalMerge: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] | undefined;
                  if (ci === 0 && t === '' && ri > 0) verticalMerge = VerticalMergeType.CONTINUE;
                  else if (ci === 0 && t !== '' && below === '') verticalMerge = VerticalMergeType.RESTART;
                  return new TableCell({ children: [new Paragraph(t)], verticalMerge });
                }),
              }),
          ),
        }),
      );
      continue;
    }
    children.push(options.softBreaks ? softBroken(b.text) : new Paragraph(b.text));
    for (const c of charts) if (b.text.includes(c.after)) children.push(new Paragraph({ children: [new ChartRun(c.chart)] }));
    i++;
  }
  const doc = new Document({ sections: [{ children }] });
  const out = join(tempDir(), name);
  writeFileSync(out, await Packer.toBuffer(doc));
  return out;
}
