// Write a file whole or not at all: temp file in the same directory, then rename.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ExistsError extends Error {}

export function atomicWrite(path: string, data: string | Uint8Array, force: boolean): void {
  if (existsSync(path) && !force) throw new ExistsError(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
