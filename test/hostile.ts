// Generators of hostile and broken inputs: zips that lie, bombs, huge sheets, odd encodings. Each
// is built here from a few bytes of code (nothing large is committed) and written to a temp dir.
import { deflateRawSync, constants } from 'node:zlib';
import { crc32 } from 'node:zlib';

const enc = (s: string | Uint8Array) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s));

export interface RawEntry {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Already deflated data (with `size` and `crc` then required, or lied about). */
  deflated?: Uint8Array;
  /** The uncompressed size and CRC the directory declares (default: the true ones). */
  size?: number;
  crc?: number;
  /** The name the local header gives, when it is to disagree with the directory's. */
  localName?: string;
}

/** A zip written byte by byte, so that it can say what no honest writer would. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = enc(e.data);
    const method = e.method ?? 8;
    const body = e.deflated ? Buffer.from(e.deflated) : method === 8 ? deflateRawSync(data) : data;
    const size = e.size ?? data.length;
    const crc = e.crc ?? crc32(data);
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x800, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc >>> 0, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(size >>> 0, 22);
    lh.writeUInt16LE(localName.length, 26);
    locals.push(lh, localName, body);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc >>> 0, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + localName.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * Deflated data that inflates to `unit` repeated `times` times, made without inflating it here:
 * one block of `unit` ending on a byte boundary, repeated, then an empty final block. (Each copy
 * refers back only to its own bytes, or to the identical ones before it.)
 */
export function repeatedDeflate(unit: string | Uint8Array, times: number): Buffer {
  const block = deflateRawSync(enc(unit), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const parts: Buffer[] = [];
  for (let i = 0; i < times; i++) parts.push(block);
  parts.push(Buffer.from([0x03, 0x00])); // final empty block, fixed Huffman
  return Buffer.concat(parts);
}

export interface SheetSpec {
  name: string;
  /** The worksheet part's XML. */
  xml: string | Uint8Array;
  /** Its part name (default xl/worksheets/sheetN.xml). */
  part?: string;
  /** Already deflated XML, with its true size (and CRC: any number when only the size matters). */
  deflated?: { data: Uint8Array; size: number; crc?: number };
}

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The entries of a minimal .xlsx holding these sheets (inline strings, no styles). */
export function xlsxEntries(sheets: SheetSpec[]): RawEntry[] {
  const parts = sheets.map((s, i) => s.part ?? `xl/worksheets/sheet${i + 1}.xml`);
  return [
    { name: '[Content_Types].xml', data: CT },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${p.replace(/^xl\//, '')}"/>`).join('')}</Relationships>`,
    },
    ...sheets.map((s, i): RawEntry => (s.deflated ? { name: parts[i], data: '', deflated: s.deflated.data, size: s.deflated.size, crc: s.deflated.crc ?? 0 } : { name: parts[i], data: s.xml })),
  ];
}

export function xlsx(sheets: SheetSpec[]): Buffer {
  return rawZip(xlsxEntries(sheets));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A worksheet of these rows: numbers as numbers, the rest inline strings. */
export function sheetXml(rows: (string | number | null)[][], extra = ''): string {
  const body = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (v === null ? '' : typeof v === 'number' ? `<c r="${col(c + 1)}${r + 1}"><v>${v}</v></c>` : `<c r="${col(c + 1)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`)).join('')}</row>`)
    .join('');
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

export function col(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const SHEET_HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A sheet part whose XML is `head`, then `unit` `times` times, then `tail`, deflated without being built. */
export function repeatedSheet(unit: string, times: number, head = SHEET_HEAD, tail = SHEET_TAIL): { data: Uint8Array; size: number; crc: number } {
  const h = deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_FULL_FLUSH });
  const body = repeatedDeflate(unit, times).subarray(0, -2);
  const t = deflateRawSync(Buffer.from(tail));
  return { data: Buffer.concat([h, body, t]), size: Buffer.byteLength(head) + Buffer.byteLength(unit) * times + Buffer.byteLength(tail), crc: repeatedCrc(head, unit, times, tail) };
}

/** The CRC-32 of head + unit × times + tail, computed a piece at a time. */
export function repeatedCrc(head: string, unit: string, times: number, tail: string): number {
  let c = crc32(head);
  const u = Buffer.from(unit);
  for (let i = 0; i < times; i++) c = crc32(u, c);
  return crc32(tail, c);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The entries of a minimal .docx with this body XML. */
export function docxEntries(body: string, documentPart = 'word/document.xml'): RawEntry[] {
  return [
    { name: '[Content_Types].xml', data: CT },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${documentPart}"/></Relationships>` },
    { name: documentPart, data: `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>` },
  ];
}

export function paragraphsXml(texts: string[]): string {
  return texts.map((t) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`).join('');
}
