// The document's parts → the .docx zip: fflate's Zip writes the container, Node's zlib deflates and
// checksums each entry.
//
// Why: docx zips with its own copy of fflate, JavaScript that is still cold in a one-shot command:
// the document's zip and, inside it, each chart's embedded workbook (some 40 % of writing the
// sample's document after docx's formatting) are deflated in JavaScript, where zlib's deflate and
// CRC-32 are native. The parts
// come from docx's compiler, which Packer keeps private; when a docx version no longer has it,
// Packer writes the zip itself, as before. The build's docx bundle zips the charts' workbooks here
// too (vendor/docx.ts); without zlib's crc32 (Node before 20.15) fflate does it all, as before.
import type { File } from 'docx';
import { Zip, type ZipInputFile } from 'fflate';
import * as zlib from 'node:zlib';
import { docxParts } from '../vendor/docx.js';

const parts = await docxParts();
const { Packer } = parts.docx;

type Part = string | Uint8Array | ArrayBuffer;
type Compiler = { compile(file: File, prettify?: undefined, overrides?: []): Map<string, Part> };

const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const bytes = (data: Part): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/**
 * A zip of the files in the order given, each deflated by zlib: fflate's Zip writes the headers and
 * the directory; an entry handed over already deflated, with its size and CRC, is taken as it is.
 */
export function zipFiles(files: Iterable<[string, Uint8Array]>, crc: (data: Uint8Array) => number, now = new Date()): Buffer {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  // fflate calls back synchronously here: every entry is complete when it is added
  const zip = new Zip((err, chunk) => (err ? (failed = err) : chunks.push(chunk)));
  for (const [filename, data] of files) {
    const entry: ZipInputFile = { filename, size: data.length, crc: crc(data) >>> 0, compression: 8, mtime: now, terminate: () => {} };
    zip.add(entry);
    entry.ondata!(null, zlib.deflateRawSync(data), true);
  }
  zip.end();
  if (failed) throw failed;
  return Buffer.concat(chunks);
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
