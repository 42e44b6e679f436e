// The compiled module of a worker thread beside its caller — also when the caller runs from the
// TypeScript sources (the tests), since a worker thread runs plain JavaScript.
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function workerFile(callerUrl: string, name: string): string {
  const here = fileURLToPath(callerUrl);
  return here.endsWith('.ts') ? resolve(dirname(here), '..', '..', 'dist', basename(dirname(here)), name) : resolve(dirname(here), name);
}
