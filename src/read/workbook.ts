// A workbook file → the model, or the reason it cannot be read.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CORE_KEYS, TABLES, type TableDef } from '../data/tables.js';
import type { DocumentKind, Finding, MoneyUnit, SheetInfo, Table, WorkbookModel } from '../model/types.js';
import { hasNonZero } from './layouts/codes.js';
import { address, gridOf, type Grid } from './grid.js';
import { readSheet, sheetMeta } from './sheet.js';
import { readInput } from './input.js';
import { limits } from './limits.js';
import { loadSheets, LoadError } from './xlsx-load.js';
import { ZipError } from './zip.js';

export { limits } from './limits.js';

export type Unreadable =
  | 'missing'
  | 'directory'
  | 'not-file'
  | 'too-large-file'
  | 'not-zip'
  | 'xls'
  | 'encrypted'
  | 'corrupt'
  | 'empty'
  | 'no-tables'
  | 'too-large'
  | 'too-many-parts'
  | 'too-many-sheets'
  | 'too-many-cells'
  | 'too-many-rows'
  | 'too-many-elements'
  | 'too-wide'
  | 'duplicate-entry'
  | 'unsafe-entry'
  | 'size-mismatch'
  | 'xml-depth'
  | 'xml-dtd'
  | 'budget';

export interface ReadResult {
  model?: WorkbookModel;
  findings: Finding[];
  /** Set when the file could not be read at all: exit code 2. */
  unreadable?: Unreadable;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * An old .xls converted by LibreOffice in a temporary folder, when soffice is on this machine and
 * FA_NO_CONVERT is not set. The original file is only read. The folder and LibreOffice (in a
 * process group of its own, so that its helpers end with it) are held while it runs: an
 * interruption, or the file's time budget running out, removes the one and ends the other.
 */
async function convertXls(file: string): Promise<Buffer | undefined> {
  if (process.env.FA_NO_CONVERT) return undefined;
  const { spawn } = await import('node:child_process');
  const { copyFile, mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { hold, dispose } = await import('../util/cleanup.js');
  const dir = await mkdtemp(join(tmpdir(), 'fa-xls-'));
  const letGo = hold({ path: dir });
  try {
    const input = join(dir, 'in.xls');
    await copyFile(file, input);
    const ok = await new Promise<boolean>((done) => {
      const child = spawn('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), input], { detached: true, stdio: 'ignore' });
      const group = child.pid ? { group: child.pid } : undefined;
      const letChildGo = group ? hold(group) : () => {};
      const timer = setTimeout(() => group && dispose(group), limits().seconds * 1000);
      const end = (ok: boolean) => {
        clearTimeout(timer);
        // LibreOffice's helpers, should any outlive it
        if (group) dispose(group);
        letChildGo();
        done(ok);
      };
      child.on('error', () => end(false));
      child.on('exit', (code) => end(code === 0));
    });
    return ok ? await readFile(join(dir, 'out', 'in.xlsx')).catch(() => undefined) : undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
    letGo();
  }
}

function failure(file: string, kind: Unreadable, args: Finding['args'] = {}): ReadResult {
  return {
    unreadable: kind,
    findings: [{ rule: 'input-unreadable', severity: 'error', messageId: kind, args: { ...args }, location: { file } }],
  };
}

/** Classify the bytes before handing them to exceljs: old .xls and encrypted files are OLE containers. */
export function sniff(bytes: Buffer): 'zip' | 'xls' | 'encrypted' | 'other' {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return 'zip';
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) return bytes.includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls';
  return 'other';
}

export interface ReadOptions {
  defs?: TableDef[];
}

/**
 * The sheets of a package as grids, in workbook order, or why they cannot be had: the zip layer and
 * the loader (zip.ts, xlsx-load.ts) refuse, with the reason as data, what is over a limit or can be
 * read two ways. exceljs's workbook is not kept beyond this call (on a large file it is most of the
 * memory, and the collector would walk it during the rules).
 */
async function loadPackage(file: string, bytes: Uint8Array): Promise<{ grids: Grid[] } | ReadResult> {
  try {
    const sheets = await loadSheets(bytes, limits());
    return { grids: sheets.map((s) => gridOf(s.worksheet, s.rows)) };
  } catch (e) {
    if (e instanceof ZipError || e instanceof LoadError) return failure(file, e.problem as Unreadable, e.args);
    throw e;
  }
}

export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const defs = options.defs ?? TABLES;
  const max = limits();
  const input = await readInput(file, max.bytes * 2);
  if ('problem' in input) return failure(file, input.problem, input.args);
  let bytes = input.bytes;
  let kind = sniff(bytes);
  const notes: Finding[] = [];
  if (kind === 'xls') {
    const converted = await convertXls(file);
    if (!converted) return failure(file, 'xls');
    bytes = converted;
    kind = sniff(bytes);
    notes.push({ rule: 'read-converted', severity: 'info', args: {}, location: { file } });
  }
  if (kind === 'encrypted') return failure(file, 'encrypted');
  if (kind !== 'zip') return failure(file, 'not-zip');

  const loaded = await loadPackage(file, bytes);
  if ('findings' in loaded) return loaded;
  const grids: Grid[] = [];
  const hidden: string[] = [];
  const findings: Finding[] = [...notes];
  const sheets: SheetInfo[] = [];
  for (const grid of loaded.grids) {
    if (grid.hidden) {
      hidden.push(grid.sheet);
      sheets.push({ sheet: grid.sheet, skipped: 'hidden' });
      findings.push({ rule: 'read-sheet-hidden', severity: 'info', args: {}, location: { file, sheet: grid.sheet } });
      continue;
    }
    // the readers look at every place of a sheet's extent: one stray cell at XFD1048576 is not a table
    if (grid.maxRow * grid.maxCol > max.area)
      return failure(file, 'too-wide', { sheet: grid.sheet, extent: `A1:${address(grid.maxRow, grid.maxCol)}`, limit: String(max.area) });
    if (grid.maxRow > 0) grids.push(grid);
    else sheets.push({ sheet: grid.sheet, skipped: 'blank' });
  }
  if (grids.length === 0) return failure(file, 'empty');

  // The money unit is read per sheet; a sheet without its own takes the workbook's.
  const metas = grids.map((g) => sheetMeta(g, defs));
  const docKind = documentKind(metas.map((m) => m.kind));
  if (docKind === 'budget') {
    const named = metas.flatMap((m, i) => (m.kind === 'budget' ? [m.kindText ?? grids[i].sheet] : []));
    return failure(file, 'budget', { titles: named.slice(0, 3).join('、') + (named.length > 3 ? '…' : '') });
  }
  const unitFallback = mostCommon(metas.map((m) => m.unit).filter((u): u is MoneyUnit => !!u));

  const tables: Table[] = [];
  const unrecognised: string[] = [];
  const infoOf = new Map<Table, SheetInfo>();
  for (const [i, grid] of grids.entries()) {
    const res = readSheet(file, grid, defs, unitFallback, metas[i]);
    for (const f of res.findings) findings.push(f); // not a spread: a sheet can have more findings than a call has arguments
    const info = res.info;
    sheets.push(info);
    if (!res.table) {
      unrecognised.push(grid.sheet);
      if (!res.findings.some((f) => f.rule === 'read-header-unrecognised'))
        findings.push({ rule: 'read-sheet-unrecognised', severity: 'info', messageId: info.skipped === 'budget' ? 'budget' : 'default', args: { seen: (info.seen ?? []).join(' | ') || '—' }, location: { file, sheet: grid.sheet } });
      continue;
    }
    const table = res.table;
    const twin = tables.find((t) => t.key === table.key);
    if (twin) {
      const twinInfo = infoOf.get(twin)!;
      if (sameTable(twin, table)) {
        Object.assign(info, { skipped: 'same', other: twin.sheet });
        findings.push({ rule: 'read-table-duplicate', severity: 'warning', args: { other: twin.sheet }, location: { file, sheet: grid.sheet, table: twin.key } });
        continue;
      }
      if (info.by !== twinInfo.by) {
        // a title outranks a sheet name, which outranks a header that merely looks alike
        const titled = RANK[info.by!] > RANK[twinInfo.by!];
        const loser = titled ? twinInfo : info;
        if (titled) {
          tables[tables.indexOf(twin)] = table;
          infoOf.set(table, info);
        }
        unrecognised.push(loser.sheet);
        Object.assign(loser, { skipped: 'unknown', other: titled ? table.sheet : twin.sheet });
        delete loser.table;
        delete loser.by;
        findings.push({ rule: 'read-sheet-unrecognised', severity: 'info', args: { seen: '—' }, location: { file, sheet: loser.sheet } });
        continue;
      }
      info.other = twin.sheet;
      if (table.core)
        findings.push({ rule: 'read-table-twice', severity: 'warning', args: { other: twin.sheet, title: table.title }, location: { file, sheet: grid.sheet, table: table.key } });
    }
    tables.push(table);
    infoOf.set(table, info);
  }
  if (!tables.some((t) => t.core)) {
    const looked = defs.filter((d) => d.core).map((d) => d.titles[0]).join('、');
    const f = failure(file, 'no-tables', { looked });
    return { ...f, findings: [...findings, ...f.findings] };
  }
  for (const key of CORE_KEYS) {
    if (!tables.some((t) => t.key === key)) {
      const def = defs.find((d) => d.key === key);
      findings.push({ rule: 'read-table-missing', severity: 'warning', args: { title: def?.titles[0] ?? key }, location: { file, table: key } });
    }
  }
  // fa-init's form, or a workbook saved before it was filled in: nothing to check is not a pass
  if (!tables.some((t) => t.core && hasNonZero(t.rows))) findings.push({ rule: 'read-workbook-blank', severity: 'warning', args: {}, location: { file } });
  const department = mostCommon(metas.map((m) => m.department).filter((d): d is string => !!d)) ?? departmentFromName(file);
  const year = mostCommon(metas.map((m) => m.year).filter((y): y is number => !!y)) ?? yearFromName(file);
  if (!department) findings.push({ rule: 'read-department-missing', severity: 'info', args: {}, location: { file } });
  if (!year) findings.push({ rule: 'read-year-missing', severity: 'info', args: {}, location: { file } });
  const order = new Map(loaded.grids.map((g, i) => [g.sheet, i]));
  sheets.sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)!);
  const model: WorkbookModel = { file, department, year, tables, unrecognised, hidden, kind: docKind, sheets };
  return { model, findings };
}

const RANK = { title: 3, sheet: 2, signature: 1 };

/** 决算 when any sheet's titles say so and no more say 预算; 预算 when more say 预算. */
function documentKind(kinds: (string | undefined)[]): DocumentKind {
  const final = kinds.filter((k) => k === 'final').length;
  const budget = kinds.filter((k) => k === 'budget').length;
  return budget > final ? 'budget' : final ? 'final' : 'unknown';
}

/** Two sheets read as one table hold the same rows with the same amounts. */
function sameTable(a: Table, b: Table): boolean {
  if (a.rows.length !== b.rows.length || a.unit !== b.unit) return false;
  return a.rows.every((r, i) => {
    const o = b.rows[i];
    if (r.code !== o.code || r.key !== o.key || r.name !== o.name) return false;
    const keys = Object.keys(r.amounts);
    return keys.length === Object.keys(o.amounts).length && keys.every((k) => (r.amounts[k]?.value.toFixed() ?? '?') === (o.amounts[k]?.value.toFixed() ?? '?'));
  });
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

function yearFromName(file: string): number | undefined {
  const m = /(20\d{2})/.exec(basename(file));
  return m ? +m[1] : undefined;
}

function departmentFromName(file: string): string | undefined {
  const m = /^(.+?)(?:20\d{2}年?度?)?(?:部门)?决算/.exec(basename(file).replace(/\.xlsx$/i, ''));
  const name = m && /[\u4e00-\u9fa5]{2,}/.test(m[1]) ? m[1].replace(/20\d{2}.*$/, '') : undefined;
  // "部门决算公开表.xlsx" names no department
  return name && !/^(本?部门|单位)$/.test(name) ? name : undefined;
}
