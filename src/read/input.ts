// The bytes of one input file, read only if it is a regular file of a size the limits allow.
// Why: a FIFO or a device (/dev/zero) never ends, and a huge file is memory spent before any
// check; a path that names one is refused before it is read.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export type InputProblem = 'missing' | 'directory' | 'not-file' | 'too-large-file';

export type Input = { bytes: Buffer } | { problem: InputProblem; args: Record<string, string> };

const MB = 1024 * 1024;

export async function readInput(file: string, maxBytes: number): Promise<Input> {
  try {
    const s = await stat(file);
    if (s.isDirectory()) return { problem: 'directory', args: {} };
    if (!s.isFile()) return { problem: 'not-file', args: {} };
    if (s.size > maxBytes) return { problem: 'too-large-file', args: { size: `${Math.ceil(s.size / MB)} MB`, limit: `${Math.round(maxBytes / MB)} MB` } };
    // O_NONBLOCK: should the path have become a FIFO since, opening it does not wait for a writer
    const fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const buf = Buffer.allocUnsafe(Math.min(Math.max(s.size - total, 64 * 1024), maxBytes + 1 - total));
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        chunks.push(buf.subarray(0, bytesRead));
        total += bytesRead;
        // a file that grew past the limit while being read
        if (total > maxBytes) return { problem: 'too-large-file', args: { size: `${Math.ceil(total / MB)} MB`, limit: `${Math.round(maxBytes / MB)} MB` } };
      }
      return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) };
    } finally {
      await fh.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EISDIR') return { problem: 'directory', args: {} };
    if (code === 'EAGAIN' || code === 'ENXIO') return { problem: 'not-file', args: {} };
    return { problem: 'missing', args: { reason: code } };
  }
}
