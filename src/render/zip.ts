// The document's parts → the .docx zip, deflated and checksummed by Node's zlib.
//
// Why: docx zips with its own copy of fflate, JavaScript that is still cold in a one-shot command:
// the document's zip and, inside it, each chart's embedded workbook (some 40 % of writing the
// sample's document after docx's formatting), where zlib's deflate and CRC-32 are native. The parts
// come from docx's compiler, which Packer keeps private; when a docx version no longer has it,
// Packer writes the zip itself, as before. The build's docx bundle zips the charts' workbooks here
// too (vendor/docx.ts); without zlib's crc32 (Node before 20.15) fflate does it all, as before.
import type { File } from 'docx';
import * as zlib from 'node:zlib';
import { docxParts } from '../vendor/docx.js';

const parts = await docxParts();
const { Packer } = parts.docx;

type Part = string | Uint8Array | ArrayBuffer;
type Compiler = { compile(file: File, prettify?: undefined, overrides?: []): Map<string, Part> };

const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const bytes = (data: Part): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/** MS-DOS time and date of a moment, as zip headers hold them (local time, two-second steps). */
function dosTime(d: Date): [number, number] {
  return [(d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1), ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate()];
}

/** A zip of the files in the order given, each deflated: the local headers, the central directory, its end. */
export function zipFiles(files: Iterable<[string, Uint8Array]>, crc: (data: Uint8Array) => number, now = new Date()): Buffer {
  const [time, date] = dosTime(now);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of files) {
    const name = Buffer.from(path);
    const packed = zlib.deflateRawSync(data);
    // bit 11: the name is UTF-8 (said when it is not ASCII, as fflate does)
    const flags = name.length !== path.length ? 0x800 : 0;
    const sum = crc(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(sum, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    local.copy(entry, 6, 4, 30);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(entry, name);
    offset += 30 + name.length + packed.length;
    count++;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

// the bundle's docx zips a chart's embedded workbook with this when given it
if (crc32) parts.useZip?.((files) => zipFiles(Object.entries(files), crc32));

const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;

/** Whether packDocx can edit document.xml before zipping it (else docx's Packer zips it as it is). */
export const editsParts = !!crc32 && typeof compiler?.compile === 'function';

/** `edit`: document.xml as docx wrote it → as it goes into the zip (document.ts's finish). */
export async function packDocx(file: File, edit: (documentXml: string) => string = (xml) => xml): Promise<Uint8Array> {
  if (!editsParts) return Packer.toBuffer(file);
  // in the order docx gives them, as its own zip has them
  return zipFiles(
    [...compiler!.compile!(file, undefined, [])].map(([path, data]) => [path, bytes(path === 'word/document.xml' && typeof data === 'string' ? edit(data) : data)]),
    crc32!,
  );
}
