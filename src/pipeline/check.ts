// The check pipeline: read (xlsx → model) → rules (model → findings), for every input.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerFile } from '../util/worker-file.js';
import type { Config } from '../config/config.js';
import type { TableDef } from '../data/tables.js';
import { applyConfig } from '../config/config.js';
import type { Finding, WorkbookModel } from '../model/types.js';
import { readWorkbook } from '../read/workbook.js';
import { readNarrative } from '../read/narrative/index.js';
import { findGroups, type Group } from '../rules/culprit.js';
import { runRules } from '../rules/engine.js';
import { runNarrativeRules } from '../rules/narrative-engine.js';
import { expandInputs, type Input } from './inputs.js';
import type { FileView } from '../report/page-data.js';

export interface FileReport {
  path: string;
  kind: 'workbook' | 'narrative';
  role?: 'prior';
  department?: string;
  year?: number;
  tables: { key: string; sheet: string; title: string }[];
  unrecognised: string[];
  hidden: string[];
  unreadable?: string;
}

export interface CheckResult {
  files: FileReport[];
  findings: Finding[];
  /** Findings that share a cell, and the cells suspected (rules/culprit.ts); ids unique in the result. */
  groups: Group[];
  /** What the HTML report draws (tables as grids, the narrative's text), when asked for. */
  views?: FileView[];
  /** Some input could not be read: exit code 2. */
  unreadable: boolean;
}

export interface Checked {
  report: FileReport;
  findings: Finding[];
  /** Numbered from 1 within the file; check() renumbers them for the whole result. */
  groups: Group[];
  model?: WorkbookModel;
  view?: FileView;
}

/** One workbook: read, rules, config applied, findings in report order. */
export async function checkWorkbook(path: string, defs: TableDef[], prior: WorkbookModel | undefined, config: Config | undefined, views = false): Promise<Checked> {
  const res = await readWorkbook(path, { defs });
  let findings = res.findings;
  let skipped = new Map<string, string[]>();
  let groups: Group[] = [];
  if (res.model) {
    const model = res.model;
    const off = new Set(Object.entries(config?.rules ?? {}).filter(([, v]) => v === 'off').map(([k]) => k));
    const ran = runRules(model, prior, { off, yoyThreshold: config?.yoyThreshold });
    findings = [...findings, ...ran.findings];
    skipped = ran.skipped;
    // only when a relation fails: the rules run once more, watching its cells
    groups = findGroups(path, ran.findings, (watch) => runRules(model, prior, { off, yoyThreshold: config?.yoyThreshold, watch }).observed);
  }
  const view = views ? (await import('../report/page-data.js')).workbookView(path, res.model) : undefined;
  return { report: fileReport(path, res.model, res.unreadable), findings: sortFindings(settle(findings, config, skipped), res.model), groups, model: res.model, view };
}

function defaultWorkers(): number {
  const env = +(process.env.FA_WORKERS ?? '');
  return env > 0 ? env : Math.max(1, availableParallelism());
}

/** A pool of worker threads, each checking one workbook at a time. */
class Pool {
  private idle: Worker[] = [];
  private queue: [string, (c: Checked) => void, (e: Error) => void][] = [];
  private all: Worker[] = [];

  constructor(size: number, config: Config | undefined, views: boolean) {
    const file = workerFile(import.meta.url, 'worker.js');
    for (let i = 0; i < size; i++) {
      const w = new Worker(file, { workerData: { config, views } });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  check(path: string): Promise<Checked> {
    return new Promise((res, rej) => {
      this.queue.push([path, res, rej]);
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const [path, res, rej] = this.queue.shift()!;
      const done = (msg: { ok: boolean; result?: Checked; error?: string }) => {
        w.off('error', fail);
        this.idle.push(w);
        if (msg.ok) res(msg.result!);
        else rej(new Error(msg.error));
        this.next();
      };
      const fail = (e: Error) => {
        w.off('message', done);
        rej(e);
      };
      w.once('message', done);
      w.once('error', fail);
      w.postMessage(path);
    }
  }

  close(): void {
    for (const w of this.all) void w.terminate();
  }
}

export interface CheckOptions {
  paths: string[];
  prior?: string;
  narrative?: string;
  config?: Config;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Worker threads for many workbooks; default: the machine's cores (FA_WORKERS overrides). */
  workers?: number;
  /** Keep what the HTML report draws (result.views). */
  views?: boolean;
}

function fileReport(path: string, model: WorkbookModel | undefined, unreadable?: string, role?: 'prior'): FileReport {
  return {
    path,
    kind: 'workbook',
    role,
    department: model?.department,
    year: model?.year,
    tables: model?.tables.map((t) => ({ key: t.key, sheet: t.sheet, title: t.title })) ?? [],
    unrecognised: model?.unrecognised ?? [],
    hidden: model?.hidden ?? [],
    unreadable,
  };
}

/** Config severities and "off", the edition's table set, and the skipped-rule lists. */
function settle(findings: Finding[], cfg: Config | undefined, skipped: Map<string, string[]>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = cfg?.rules[f.rule];
    if (setting === 'off') continue;
    if (f.rule === 'read-table-missing') {
      const key = f.location.table ?? '';
      if (cfg && !cfg.tables.includes(key)) continue;
      f.args = { ...f.args, skipped: (skipped.get(key) ?? []).join('、') || '—' };
    }
    // a configured severity replaces the rule's own; rounding notes stay notes
    if (setting && f.severity !== 'info') out.push({ ...f, severity: setting });
    else out.push(f);
  }
  return out;
}

function cellOrder(cell: string | undefined): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
  if (!m) return [0, 0];
  return [+m[2], [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}

/** Stable report order: by sheet as the workbook has them, then row, then column. */
function sortFindings(findings: Finding[], model: WorkbookModel | undefined): Finding[] {
  const sheetIndex = new Map<string, number>((model?.tables ?? []).map((t, i) => [t.sheet, i]));
  const keyed = findings.map((f, i) => ({ f, i, s: f.location.sheet ? (sheetIndex.get(f.location.sheet) ?? 999) : -1, c: cellOrder(f.location.cell) }));
  keyed.sort((a, b) => a.s - b.s || a.c[0] - b.c[0] || a.c[1] - b.c[1] || a.i - b.i);
  return keyed.map((k) => k.f);
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const defs = applyConfig(options.config);
  const inputs: Input[] = expandInputs(options.paths);
  const result: CheckResult = { files: [], findings: [], groups: [], unreadable: false, ...(options.views ? { views: [] } : {}) };
  const unreadableFinding = (path: string, messageId: string): Finding => ({ rule: 'input-unreadable', severity: 'error', messageId, args: {}, location: { file: path } });

  let prior: WorkbookModel | undefined;
  if (options.prior) {
    const res = await readWorkbook(options.prior, { defs });
    prior = res.model;
    result.files.push(fileReport(options.prior, res.model, res.unreadable, 'prior'));
    if (res.unreadable) {
      result.unreadable = true;
      result.findings.push(...res.findings.filter((f) => f.rule === 'input-unreadable'));
    }
  }
  // many workbooks and nothing to pair them with: queue them all on the worker threads up front;
  // the loop below takes the results in input order, so the report is the same as on one thread
  const workers = options.workers ?? defaultWorkers();
  const workbooks = inputs.filter((i) => i.kind === 'workbook').length;
  const pool = workbooks >= 4 && workers > 1 && !options.prior && !options.narrative ? new Pool(workers, options.config, !!options.views) : undefined;
  const queued = inputs.map((input) => {
    if (!pool || input.kind !== 'workbook') return undefined;
    const p = pool.check(input.path);
    p.catch(() => {}); // awaited in order below; this only keeps an early failure from going unhandled
    return p;
  });
  let done = 0;
  try {
    for (const [i, input] of inputs.entries()) {
      options.onProgress?.(done, inputs.length, input.path);
      done++;
      if (input.kind === 'empty-directory' || input.kind === 'unsupported') {
        result.unreadable = true;
        result.files.push(fileReport(input.path, undefined, input.kind));
        result.findings.push(unreadableFinding(input.path, input.kind === 'empty-directory' ? 'directory' : 'unsupported'));
        continue;
      }
      if (input.kind === 'narrative') {
        // a narrative given as an argument is always checked alone
        await checkNarrative(result, input.path, undefined, undefined, options.config);
        continue;
      }
      const one = await (queued[i] ?? checkWorkbook(input.path, defs, prior, options.config, !!options.views));
      result.files.push(one.report);
      if (one.view) result.views?.push(one.view);
      if (one.report.unreadable) result.unreadable = true;
      const offset = result.groups.length;
      for (const g of one.groups) result.groups.push({ ...g, id: g.id + offset });
      result.findings.push(...one.findings.map((f) => (f.group ? { ...f, group: f.group + offset } : f)));
      if (options.narrative) await checkNarrative(result, options.narrative, one.model, prior, options.config);
    }
  } finally {
    pool?.close();
  }
  options.onProgress?.(done, inputs.length, '');
  return result;
}

async function checkNarrative(result: CheckResult, path: string, model: WorkbookModel | undefined, prior: WorkbookModel | undefined, cfg: Config | undefined): Promise<void> {
  const res = await readNarrative(path);
  if (result.views) result.views.push((await import('../report/page-data.js')).narrativeView(path, res.doc));
  result.files.push({ path, kind: 'narrative', year: res.doc?.year, tables: [], unrecognised: [], hidden: [], unreadable: res.unreadable });
  if (res.unreadable || !res.doc) {
    result.unreadable = true;
    result.findings.push(...res.findings);
    return;
  }
  const off = new Set(Object.entries(cfg?.rules ?? {}).filter(([, v]) => v === 'off').map(([k]) => k));
  const findings = runNarrativeRules(res.doc, model, prior, { off });
  findings.sort((a, b) => (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0));
  result.findings.push(...settle(findings, cfg, new Map()));
}

export function exitCode(result: CheckResult, failOn: 'error' | 'warning'): 0 | 1 | 2 {
  if (result.unreadable) return 2;
  const failing = result.findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  return failing ? 1 : 0;
}
