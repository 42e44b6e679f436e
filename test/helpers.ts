// Shared test helpers: run the CLI in-process, and make workbook variants from the fixtures.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { main } from '../src/cli/check.js';
import type { IO } from '../src/cli/io.js';

export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

/** A text report with its wrapped lines joined again: a message can be matched whatever the width it was wrapped to. */
export const unwrapped = (text: string): string => text.replace(/\n[ \t]+/g, '');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCheck(args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd(), tty = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutTTY: tty,
    stderrTTY: false,
    env,
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export interface JsonReport {
  files: { path: string; tables: { key: string; sheet: string; title: string }[]; unrecognised: string[]; hidden: string[]; unreadable?: string }[];
  findings: {
    rule: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    location: { file: string; sheet?: string; cell?: string; code?: string; name?: string; section?: string; paragraph?: number; quote?: string };
    stated?: string;
    expected?: string;
    related?: { sheet?: string; cell?: string; label: string; shown?: string }[];
  }[];
  summary: { errors: number; warnings: number; infos: number; files: number };
}

export async function checkJson(args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await runCheck([...args, '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

/** Folders made outside a test (beforeAll, module level): removed when the file's tests are done (test/setup.ts). */
const later: string[] = [];

/** A new temporary folder, removed when the test that made it ends (or, made outside one, after the file). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fa-test-'));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    later.push(dir);
  }
  return dir;
}

export function removeLaterDirs(): void {
  for (const dir of later.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export type CellValue = ExcelJS.CellValue;

/** Copy a fixture with some cells changed: edits[sheet][cell] = value (null clears). */
export async function variant(name: string, edits: Record<string, Record<string, CellValue>>, mutate?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(isAbsolute(name) ? name : fixture(name));
  for (const [sheet, cells] of Object.entries(edits)) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    for (const [addr, value] of Object.entries(cells)) ws.getCell(addr).value = value;
  }
  mutate?.(wb);
  const out = join(tempDir(), basename(name));
  await wb.xlsx.writeFile(out);
  return out;
}

/** The environment of a user's shell: `npm test` passes its own npm_* settings down (the cache and registry stay). */
export function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|registry|userconfig)$/i.test(k)));
}
