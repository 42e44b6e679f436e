// The document's parts → the .docx zip, deflated by Node's zlib.
//
// Why: docx deflates with its own copy of fflate, JavaScript that is still cold in a one-shot
// command: some 40 ms of the ~200 it takes to write the sample's document, where zlib needs under
// 10. The parts come from docx's compiler, which Packer keeps private; when a docx version no
// longer has it, Packer writes the zip itself, as before.
import type { File } from 'docx';
import { deflateRawSync } from 'node:zlib';
import { docxParts } from '../vendor/docx.js';

const {
  docx: { Packer },
  fflate: { ZipPassThrough, Zip },
} = await docxParts();

type Part = string | Uint8Array | ArrayBuffer;
type Compiler = { compile(file: File, prettify?: undefined, overrides?: []): Map<string, Part> };

/** fflate's documented way to bring one's own compression: a pass-through that deflates. */
class ZlibEntry extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }
  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, deflateRawSync(chunk), final);
  }
}

const bytes = (data: Part): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

export async function packDocx(file: File): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(file);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => (err ? (failure = err) : chunks.push(chunk)));
  // in the order docx gives them, as its own zip has them
  for (const [path, data] of compiler.compile(file, undefined, [])) {
    const entry = new ZlibEntry(path);
    zip.add(entry);
    entry.push(bytes(data), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
