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

/** A zip written byte by byte, so that it can say what no honest writer would; `zip64`: its sizes and offsets in the zip64 records, as a writer of large archives puts them. */
export function rawZip(entries: RawEntry[], zip64 = false): Buffer {
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
    ch.writeUInt16LE(45, 4);
    ch.writeUInt16LE(45, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc >>> 0, 16);
    ch.writeUInt32LE(zip64 ? 0xffffffff : body.length, 20);
    ch.writeUInt32LE(zip64 ? 0xffffffff : size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    if (zip64) {
      const extra = Buffer.alloc(28);
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      ch.writeUInt16LE(extra.length, 30);
      central.push(ch, name, extra);
    } else central.push(ch, name);
    offset += 30 + localName.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : dir.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  if (!zip64) return Buffer.concat([...locals, dir, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(dir.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + dir.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, dir, record, locator, end]);
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

// ---------------------------------------------------------------------------------------------
// The catalogue: each hostile input of issue 17 (and more of the same kinds), as a generator with
// a size knob `n` (0 … 1: the fuzz test picks it; the tests use 1), and what fa must say of it.

import { unzipSync } from 'fflate';
import { limits, type Limits } from '../src/read/limits.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The entries of a fixture's zip, in order, as RawEntry (for rewriting). */
export function fixtureEntries(name: string): RawEntry[] {
  const files = unzipSync(readFileSync(join(FIXTURES, name)));
  return Object.entries(files)
    .filter(([n]) => !n.endsWith('/'))
    .map(([n, data]) => ({ name: n, data }));
}

/** Repetitions of a unit of `size` to reach `total`. */
const times = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
const ROW = '<row><c><v>1</v></c></row>';

const text = (e: RawEntry) => (typeof e.data === 'string' ? e.data : Buffer.from(e.data).toString('utf8'));

export interface HostileCase {
  name: string;
  ext: '.xlsx' | '.docx' | '.txt';
  /** `n`: how far past the limits (0 … 1); `lim`: the limits to go past (default: as the environment sets them). */
  bytes(n: number, lim?: Limits): Buffer;
  /** The reason fa must give (input-unreadable's messageId), or the exit code for a file that is read. */
  expect: { unreadable: string[] } | { code: 0 | 1 | 2 };
}


export const HOSTILE: HostileCase[] = [
  {
    name: 'two entries named xl/worksheets/sheet5.xml, the erroneous one first',
    ext: '.xlsx',
    bytes: () => {
      const bad = fixtureEntries('sample-2024-typo.xlsx');
      const good = fixtureEntries('sample-2024.xlsx').find((e) => e.name === 'xl/worksheets/sheet5.xml')!;
      return rawZip([...bad, good]);
    },
    expect: { unreadable: ['duplicate-entry'] },
  },
  {
    name: 'two entries named xl/worksheets/sheet5.xml, the correct one first',
    ext: '.xlsx',
    bytes: () => {
      const bad = fixtureEntries('sample-2024-typo.xlsx').find((e) => e.name === 'xl/worksheets/sheet5.xml')!;
      return rawZip([...fixtureEntries('sample-2024.xlsx'), bad]);
    },
    expect: { unreadable: ['duplicate-entry'] },
  },
  {
    name: 'two entries whose names differ only in case',
    ext: '.xlsx',
    bytes: () => rawZip([...fixtureEntries('sample-2024.xlsx'), { name: 'XL/worksheets/SHEET1.xml', data: sheetXml([['x']]) }]),
    expect: { unreadable: ['duplicate-entry'] },
  },
  {
    name: 'a sheet declaring 1,000 bytes that inflates to hundreds of megabytes',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => {
      const s = repeatedSheet(ROW.repeat(4000), times(lim.bytes * (1 + 6 * n), ROW.length * 4000));
      return xlsx([{ name: 'S', xml: '', deflated: { data: s.data, size: 1000, crc: s.crc } }]);
    },
    expect: { unreadable: ['size-mismatch'] },
  },
  {
    name: 'a sheet that honestly inflates past the limit (a decompression bomb)',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => xlsx([{ name: 'S', xml: '', deflated: repeatedSheet(ROW.repeat(4000), times(lim.bytes * (1.2 + 3 * n), ROW.length * 4000)) }]),
    expect: { unreadable: ['too-large'] },
  },
  {
    name: 'a .docx whose document declares fewer bytes than it holds',
    ext: '.docx',
    bytes: () => {
      const entries = docxEntries(paragraphsXml(['本部门2024年度收入总计100.00万元。', '支出总计100.00万元。']));
      const doc = entries[2];
      return rawZip([...entries.slice(0, 2), { ...doc, size: 60 }]);
    },
    expect: { unreadable: ['size-mismatch'] },
  },
  {
    name: '8.9 million styled empty cells',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => xlsx([{ name: 'S', xml: '', deflated: repeatedSheet('<row>' + '<c s="1"/>'.repeat(1000) + '</row>', times(lim.cells * (1.2 + 16.6 * n), 1000)) }]),
    // past 64 MB of XML the inflating stops first
    expect: { unreadable: ['too-many-cells', 'too-large'] },
  },
  {
    name: 'a million one-column rows',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => xlsx([{ name: 'S', xml: '', deflated: repeatedSheet('<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(1000), times(Math.max(lim.cells, lim.rows) * (1.02 + n), 1000)) }]),
    // whichever count passes its limit first
    expect: { unreadable: ['too-many-cells', 'too-many-rows', 'too-many-elements'] },
  },
  {
    name: 'a million empty rows',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => xlsx([{ name: 'S', xml: '', deflated: repeatedSheet('<row/>'.repeat(1000), times(lim.rows * (1.1 + 19 * n), 1000)) }]),
    expect: { unreadable: ['too-many-rows'] },
  },
  {
    name: '5,000 sheets',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => xlsx(Array.from({ length: lim.entries + 1 + Math.round(n * 4000) }, (_, i) => ({ name: `S${i + 1}`, xml: sheetXml([[i]]) }))),
    expect: { unreadable: ['too-many-parts'] },
  },
  {
    name: '150 sheets (within the part count, over the sheet count)',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => xlsx(Array.from({ length: Math.min(lim.sheets + 1 + Math.round(n * 50), lim.entries - 5) }, (_, i) => ({ name: `S${i + 1}`, xml: sheetXml([[i]]) }))),
    expect: { unreadable: ['too-many-sheets'] },
  },
  {
    name: 'shared strings: a million empty strings, past the XML element limit',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => {
      const entries = xlsxEntries([{ name: 'S', xml: sheetXml([['x']]) }]);
      const strings = repeatedSheet('<si><t>a</t></si>'.repeat(1000), times((lim.elements / 2) * (1.05 + 0.1 * n), 1000), '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', '</sst>');
      entries[3] = { ...entries[3], data: text(entries[3]).replace('</Relationships>', `<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`) };
      return rawZip([...entries, { name: 'xl/sharedStrings.xml', data: '', deflated: strings.data, size: strings.size, crc: strings.crc }]);
    },
    // (with the byte limit lowered, that comes first)
    expect: { unreadable: ['too-many-elements', 'too-large'] },
  },
  {
    name: 'one merge over the whole sheet',
    ext: '.xlsx',
    bytes: () => xlsx([{ name: 'S', xml: sheetXml([['x']], '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>') }]),
    expect: { unreadable: ['too-many-cells'] },
  },
  {
    name: 'a stray cell at XFD1048576 beside the tables',
    ext: '.xlsx',
    bytes: () =>
      rawZip(
        fixtureEntries('sample-2024.xlsx').map((e) =>
          e.name === 'xl/worksheets/sheet3.xml' ? { ...e, data: text(e).replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>') } : e,
        ),
      ),
    expect: { unreadable: ['too-wide'] },
  },
  {
    name: 'a column range to a billion, a validation and a hyperlink without relationships',
    ext: '.xlsx',
    bytes: () =>
      rawZip(
        fixtureEntries('sample-2024.xlsx').map((e) =>
          e.name === 'xl/worksheets/sheet3.xml'
            ? {
                ...e,
                data: text(e)
                  .replace(/<cols>.*?<\/cols>|(?=<sheetData)/, '<cols><col min="1" max="1000000000" width="9"/></cols>')
                  .replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId99" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></hyperlinks><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>'),
              }
            : e,
        ),
      ),
    expect: { code: 0 },
  },
  {
    name: 'the typo fixture with its sheet part renamed xl/worksheets/Sheet5.xml',
    ext: '.xlsx',
    bytes: () =>
      rawZip(
        fixtureEntries('sample-2024-typo.xlsx').map((e) =>
          e.name === 'xl/worksheets/sheet5.xml' ? { ...e, name: 'xl/worksheets/Sheet5.xml' } : e.name === 'xl/_rels/workbook.xml.rels' ? { ...e, data: text(e).replace('worksheets/sheet5.xml', 'worksheets/Sheet5.xml') } : e,
        ),
      ),
    expect: { code: 1 },
  },
  {
    name: 'the workbook part moved and named by _rels/.rels only',
    ext: '.xlsx',
    bytes: () => {
      const entries = fixtureEntries('sample-2024-typo.xlsx');
      return rawZip(
        entries.map((e) =>
          e.name === 'xl/workbook.xml' ? { ...e, name: 'xl/Book.xml' } : e.name === 'xl/_rels/workbook.xml.rels' ? { ...e, name: 'xl/_rels/Book.xml.rels' } : e.name === '_rels/.rels' ? { ...e, data: text(e).replace('xl/workbook.xml', 'xl/Book.xml') } : e,
        ),
      );
    },
    expect: { code: 1 },
  },
  {
    name: 'an entry named ../../evil.xml',
    ext: '.xlsx',
    bytes: () => rawZip([...fixtureEntries('sample-2024.xlsx'), { name: '../../evil.xml', data: '<x/>' }]),
    expect: { unreadable: ['unsafe-entry'] },
  },
  {
    name: 'an entry with an absolute path',
    ext: '.docx',
    bytes: () => rawZip([...docxEntries(paragraphsXml(['收入总计100万元。'])), { name: '/etc/evil.xml', data: '<x/>' }]),
    expect: { unreadable: ['unsafe-entry'] },
  },
  {
    name: 'a local header naming another part than the directory does',
    ext: '.xlsx',
    bytes: () => rawZip(fixtureEntries('sample-2024.xlsx').map((e) => (e.name === 'xl/worksheets/sheet5.xml' ? { ...e, localName: 'xl/worksheets/sheet9.xml' } : e))),
    expect: { unreadable: ['corrupt'] },
  },
  {
    name: 'a checksum that the data does not bear out',
    ext: '.xlsx',
    bytes: () => rawZip(fixtureEntries('sample-2024.xlsx').map((e) => (e.name === 'xl/worksheets/sheet5.xml' ? { ...e, crc: 12345 } : e))),
    expect: { unreadable: ['corrupt'] },
  },
  {
    name: 'XML nested 100,000 deep (a .docx)',
    ext: '.docx',
    bytes: (n) => rawZip(docxEntries('<w:sdt><w:sdtContent>'.repeat(300 + Math.round(n * 100000)) + '<w:p><w:r><w:t>x</w:t></w:r></w:p>')),
    expect: { unreadable: ['xml-depth'] },
  },
  {
    name: 'XML nested 100,000 deep (an .xlsx sheet)',
    ext: '.xlsx',
    bytes: (n) => xlsx([{ name: 'S', xml: sheetXml([['x']]).replace('<sheetData>', '<sheetData>' + '<x>'.repeat(300 + Math.round(n * 100000))) }]),
    expect: { unreadable: ['xml-depth'] },
  },
  {
    name: 'a billion laughs (entities defined in a DTD)',
    ext: '.docx',
    bytes: () => {
      const dtd = '<!DOCTYPE d [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('') + ']>';
      const entries = docxEntries(paragraphsXml(['x']).replace('x', '&j;'));
      entries[2] = { ...entries[2], data: text(entries[2]).replace('<w:document', dtd + '<w:document') };
      return rawZip(entries);
    },
    expect: { unreadable: ['xml-dtd'] },
  },
  {
    name: 'a sheet in UTF-16 with too many cells',
    ext: '.xlsx',
    bytes: (n, lim = limits()) => {
      const xml = sheetXml([]).replace('<sheetData>', '<sheetData>' + '<row><c><v>1</v></c></row>'.repeat(Math.max(lim.cells, lim.rows) + 1 + Math.round((n * lim.cells) / 5)));
      return xlsx([{ name: 'S', xml: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]) }]);
    },
    expect: { unreadable: ['too-many-cells', 'too-many-rows', 'too-large'] },
  },
  {
    name: 'rows and cells without r attributes (valid, and read)',
    ext: '.xlsx',
    bytes: () => xlsx([{ name: 'S', xml: sheetXml([['说明'], ['本表无数据']]).replace(/ r="[A-Z]*\d+"/g, '') }]),
    expect: { unreadable: ['no-tables'] },
  },
  {
    name: 'the same row twice',
    ext: '.xlsx',
    bytes: () => xlsx([{ name: 'S', xml: sheetXml([['a'], ['b']]).replace('<row r="2">', '<row r="1">') }]),
    expect: { unreadable: ['corrupt'] },
  },
  {
    name: 'numbers past the float range, not a number, a date out of the calendar',
    ext: '.xlsx',
    bytes: () =>
      rawZip(
        fixtureEntries('sample-2024.xlsx').map((e) =>
          e.name === 'xl/worksheets/sheet5.xml' ? { ...e, data: text(e).replace('<c r="C10" s="1"><v>396.55</v></c>', '<c r="C10" s="1"><v>1e400</v></c>').replace(/<c r="D10" s="1"><v>[^<]*<\/v><\/c>/, '<c r="D10" s="1" t="d"><v>not a date</v></c>') } : e,
        ),
      ),
    expect: { code: 1 },
  },
  {
    name: 'two sheets of one name',
    ext: '.xlsx',
    bytes: () => xlsx([{ name: '公开01表', xml: sheetXml([['a']]) }, { name: '公开01表', xml: sheetXml([['b']]) }]),
    expect: { unreadable: ['corrupt'] },
  },
  {
    name: 'a cell pointing at a shared string that is not there',
    ext: '.xlsx',
    bytes: () => xlsx([{ name: 'S', xml: sheetXml([]).replace('<sheetData>', '<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row>') }]),
    expect: { unreadable: ['corrupt'] },
  },
  {
    name: 'a cell of 40,000 characters (a cell holds 32,767)',
    ext: '.xlsx',
    bytes: (n) => xlsx([{ name: 'S', xml: sheetXml([['合'.repeat(40_000 + Math.round(n * 1_000_000))]]) }]),
    expect: { unreadable: ['corrupt'] },
  },
  {
    name: 'a text narrative in neither UTF-8 nor GB18030',
    ext: '.txt',
    bytes: (n) => Buffer.concat([Buffer.from('本部门2024年度收入总计100.00万元。\n'.repeat(1 + Math.round(n * 50))), Buffer.from([0xff, 0xff, 0xff, 0x80])]),
    expect: { unreadable: ['bad-encoding'] },
  },
  {
    name: 'a UTF-8 narrative damaged by one byte',
    ext: '.txt',
    bytes: (n) => {
      const b = Buffer.from('本部门2024年度收入总计100.00万元。\n'.repeat(5 + Math.round(n * 50)));
      b[b.length - 10] = 0xc0;
      return b;
    },
    expect: { unreadable: ['bad-encoding'] },
  },
];
