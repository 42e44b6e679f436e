// The check pipeline: read (xlsx → model) → rules (model → findings), for every input. Each input
// is a job (steps.ts) run in the sandbox (sandbox.ts): on worker threads, each file within its
// time and memory budget, several at once; the report takes their results in input order, so it
// is the same whatever the number of threads.
import { availableParallelism } from 'node:os';
import type { Config } from '../config/config.js';
import type { Finding, SheetInfo } from '../model/types.js';
import type { Group } from '../rules/culprit.js';
import type { Coverage } from '../rules/engine.js';
import type { FileView } from '../report/page-data.js';
import { expandInputs, type Input } from './inputs.js';
import type { InternalError } from './sandbox.js';
import type { Job, Step, StepResult } from './steps.js';

export { checkWorkbook, type Checked } from './steps.js';

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
  /** Per sheet: read as which table and by what, or why not used. */
  sheets?: SheetInfo[];
  /** Rules that ran and rules skipped for a missing table. */
  coverage?: Coverage;
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
  /** fa's own errors (bugs, not the files'), each costing its file only: details for --debug. */
  internal?: InternalError[];
}

export interface CheckOptions {
  paths: string[];
  prior?: string;
  narrative?: string;
  config?: Config;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Worker threads; default: the machine's cores (FA_WORKERS overrides); 0 checks on this thread, without budgets. */
  workers?: number;
  /** Keep what the HTML report draws (result.views). */
  views?: boolean;
}

function defaultWorkers(): number {
  const env = process.env.FA_WORKERS;
  if (env === '0') return 0;
  return +(env ?? '') > 0 ? +env! : Math.max(1, availableParallelism());
}

/** A job on this thread: the same steps, the same results, but no budget (FA_WORKERS=0, for debugging). */
async function inThread(job: Job): Promise<{ results: StepResult[]; internal: InternalError[] }> {
  const { runJob } = await import('./steps.js');
  const { failed } = await import('./sandbox.js');
  const results: StepResult[] = [];
  let current = 0;
  try {
    await runJob(job, { start: (i) => (current = i), done: (i, r) => (results[i] = r) });
  } catch (e) {
    const err = e as Error;
    results[current] = failed(job.steps[current], 'internal-error');
    return { results: job.steps.map((s, i) => results[i] ?? failed(s, 'internal-error')), internal: [{ path: job.steps[current].path, message: String(err?.message ?? e), stack: err?.stack }] };
  }
  return { results, internal: [] };
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const inputs: Input[] = expandInputs(options.paths);
  const result: CheckResult = { files: [], findings: [], groups: [], unreadable: false, internal: [], ...(options.views ? { views: [] } : {}) };
  const config = options.config;
  const views = options.views ? { views: true } : {};
  const prior: Step[] = options.prior ? [{ kind: 'prior', path: options.prior }] : [];
  const narrative: Step[] = options.narrative ? [{ kind: 'narrative', path: options.narrative }] : [];
  // a narrative given as an argument is always checked alone; --prior and --narrative go with the workbook
  const jobs: (Job | undefined)[] = inputs.map((input) =>
    input.kind === 'workbook'
      ? { steps: [...prior, { kind: 'workbook', path: input.path }, ...narrative], config, ...views }
      : input.kind === 'narrative'
        ? { steps: [{ kind: 'narrative', path: input.path }], config, ...views }
        : undefined,
  );
  const priorAlone = prior.length > 0 && !inputs.some((i) => i.kind === 'workbook');
  if (priorAlone) jobs.unshift({ steps: prior, config });

  const workers = options.workers ?? defaultWorkers();
  const count = jobs.filter(Boolean).length;
  let run = inThread;
  if (workers > 0 && count > 0) {
    const { sandbox } = await import('./sandbox.js');
    const box = sandbox(Math.min(workers, count));
    run = (job) => box.run(job);
  }
  // all jobs queued up front; taken in input order
  const queued = jobs.map((job) => {
    if (!job) return undefined;
    const p = run(job);
    p.catch(() => {}); // awaited in order below; this only keeps an early failure from going unhandled
    return p;
  });
  const priorFiles: FileReport[] = [];
  const offset = priorAlone ? 1 : 0;
  if (priorAlone) {
    const { results } = await queued[0]!;
    add(result, results[0], priorFiles);
  }
  let done = 0;
  for (const [i, input] of inputs.entries()) {
    options.onProgress?.(done, inputs.length, input.path);
    done++;
    const job = queued[i + offset];
    if (!job) {
      result.unreadable = true;
      result.files.push({ path: input.path, kind: 'workbook', tables: [], unrecognised: [], hidden: [], unreadable: input.kind });
      result.findings.push({ rule: 'input-unreadable', severity: 'error', messageId: input.kind === 'empty-directory' ? 'directory' : 'unsupported', args: {}, location: { file: input.path } });
      continue;
    }
    const { results, internal } = await job;
    for (const e of internal) result.internal!.push(e);
    const steps = jobs[i + offset]!.steps;
    for (const [k, r] of results.entries()) add(result, r, steps[k].kind === 'prior' ? priorFiles : undefined);
  }
  result.files.unshift(...priorFiles);
  options.onProgress?.(done, inputs.length, '');
  return result;
}

/** One step's result into the report (a prior's file, which the report lists first, aside). */
function add(result: CheckResult, r: StepResult, files?: FileReport[]): void {
  // one at a time: a spread of a hundred thousand findings overflows the stack
  for (const f of r.files) (files ?? result.files).push(f);
  // a step numbers its groups from 1: renumbered for the whole report
  const offset = result.groups.length;
  for (const g of r.groups ?? []) result.groups.push({ ...g, id: g.id + offset });
  for (const f of r.findings) result.findings.push(f.group ? { ...f, group: f.group + offset } : f);
  if (r.views && result.views) for (const v of r.views) result.views.push(v);
  if (r.unreadable) result.unreadable = true;
}

export function exitCode(result: CheckResult, failOn: 'error' | 'warning'): 0 | 1 | 2 {
  if (result.unreadable) return 2;
  const failing = result.findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  return failing ? 1 : 0;
}
