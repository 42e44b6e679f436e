// Write a file whole or not at all: temp file in the same directory, then rename. Only a regular
// file is ever replaced (with --force): a symlink, FIFO, device or directory named as the output
// is refused, not turned into a file. Failures say why in terms of the path the user gave.
import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { hold, installHandlers } from './cleanup.js';

export type OutputProblem = 'exists' | 'not-regular' | 'directory' | 'no-permission' | 'no-parent' | 'disk-full' | 'other';

/** Why the output could not be written; `code` is the system's (shown with --debug only). */
export class OutputError extends Error {
  constructor(
    readonly problem: OutputProblem,
    readonly path: string,
    readonly code = '',
  ) {
    super(`${problem} ${code} ${path}`);
  }
}

/** The output exists and --force was not given. */
export class ExistsError extends OutputError {
  constructor(path: string) {
    super('exists', path, 'EEXIST');
  }
}

/** A system error code in the user's terms. */
export function outputProblem(code: string | undefined): OutputProblem {
  switch (code) {
    case 'EISDIR':
      return 'directory';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no-permission';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no-parent';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'disk-full';
    default:
      return 'other';
  }
}

/** Throws unless `path` may be written: it does not exist, or it is a regular file and `force` is given. */
export function checkOutput(path: string, force: boolean): void {
  let existing;
  try {
    existing = lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new OutputError(outputProblem(code), path, code);
  }
  if (existing.isDirectory()) throw new OutputError('directory', path, 'EISDIR');
  if (!force) throw new ExistsError(path);
  if (!existing.isFile()) throw new OutputError('not-regular', path);
}

export function atomicWrite(path: string, data: string | Uint8Array, force: boolean): void {
  checkOutput(path, force);
  installHandlers();
  // a name nobody else uses, created anew (wx): never a file or link that was there before
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const letGo = hold({ path: tmp });
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputError(outputProblem(code), path, code);
  } finally {
    letGo();
  }
}

/** Call early in a command that will write: an interruption before the write leaves nothing either. */
export function guardInterrupts(): void {
  installHandlers();
}
