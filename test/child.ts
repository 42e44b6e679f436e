// fa-check as a child process, measured: its exit code, output, wall time and peak memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'fa-check.js');
/** What no user should read: a stack, or a library's words for its own failure. */
export const INTERNALS = /\n\s+at .+:\d+:\d+|Cannot read propert|is not a function|is not defined|undefined \(reading|TypeError|RangeError|ReferenceError|Maximum call stack/;

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakKb: number;
}

/** fa-check in a child process, with its wall time and peak memory. */
export function runChild(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120000): Promise<ChildRun> {
  const peak = join(tempDir(), 'peak');
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', join(ROOT, 'test', 'tools', 'peak-rss.mjs'), BIN, ...args], { env: { ...process.env, ...env, FA_TEST_PEAK: peak, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      let peakKb = 0;
      try {
        peakKb = +readFileSync(peak, 'utf8');
      } catch {
        // killed before it could say
      }
      resolve({ code, stdout, stderr, ms: Date.now() - t0, peakKb });
    });
  });
}

