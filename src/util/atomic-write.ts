// Write a file whole or not at all: temp file in the same directory, then rename.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ExistsError extends Error {}

/** Temporary files being written: removed if the process is interrupted (Ctrl-C, kill). */
const pending = new Set<string>();
let handlersInstalled = false;

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      for (const f of pending) rmSync(f, { force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  process.on('exit', () => {
    for (const f of pending) rmSync(f, { force: true });
  });
}

export function atomicWrite(path: string, data: string | Uint8Array, force: boolean): void {
  if (existsSync(path) && !force) throw new ExistsError(path);
  installHandlers();
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  pending.add(tmp);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    pending.delete(tmp);
  }
}

/** Call early in a command that will write: an interruption before the write leaves nothing either. */
export function guardInterrupts(): void {
  installHandlers();
}
