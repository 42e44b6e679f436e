// Jobs (steps.ts) run on worker threads, each file within a budget of time (FA_MAX_SECONDS) and
// memory (FA_MAX_MEMORY_MB, the worker's heap limit). A file over its budget, or whose worker dies,
// costs that file only: its step becomes an unreadable-input finding naming it, the worker is
// replaced, and the job goes on with the steps after it. Workers are kept for the next job (a
// test run or a batch pays their start-up once) and do not keep the process alive when idle.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Finding } from '../model/types.js';
import { limitEnv, limits } from '../read/limits.js';
import { adopt, dispose, listenForResources, type Resource, type ResourceMessage } from '../util/cleanup.js';
import { workerFile } from '../util/worker-file.js';
import { fileReport, type Job, type Step, type StepResult } from './steps.js';

export type Failure = 'over-time' | 'over-memory' | 'worker-died' | 'internal-error';

/** A failed step, as the report shows it: the file unreadable, and why. */
export function failed(step: Step, why: Failure, args: Record<string, string> = {}): StepResult {
  const report = step.kind === 'narrative' ? { path: step.path, kind: 'narrative' as const, tables: [], unrecognised: [], hidden: [], unreadable: why } : fileReport(step.path, undefined, why, step.kind === 'prior' ? 'prior' : undefined);
  const finding: Finding = { rule: 'input-unreadable', severity: 'error', messageId: why, args, location: { file: step.path } };
  return { files: step.kind === 'prior' && step.quiet ? [] : [report], findings: [finding], unreadable: true };
}

type Message =
  | { type: 'start'; step: number }
  | { type: 'done'; step: number; result: StepResult }
  | { type: 'end' }
  | { type: 'error'; step: number; message: string; stack?: string };

interface Slot {
  worker: Worker;
  key: string;
  busy: boolean;
  /** What the worker holds (temporary folders, LibreOffice), to clean up should it be stopped. */
  held: Map<number, { res: Resource; release: () => void }>;
  /** Stop listening on its resource port. */
  unlisten: () => void;
}

/** How one run of a job on one worker ended: all steps done, or failed at one. */
type Run = { ok: true } | { ok: false; step: number; why: Failure; args: Record<string, string>; stack?: string };

export interface InternalError {
  path: string;
  message: string;
  stack?: string;
}

export class Sandbox {
  private slots: Slot[] = [];
  private waiting: (() => void)[] = [];

  constructor(private size: number) {}

  resize(size: number): void {
    this.size = Math.max(this.size, size);
  }

  /** Every step's result, in order (a step that failed has its failure as its result), and fa's own errors met on the way. */
  async run(job: Job): Promise<{ results: StepResult[]; internal: InternalError[] }> {
    const results: StepResult[] = [];
    const internal: InternalError[] = [];
    let steps = job.steps.map((step, index) => ({ step, index }));
    while (steps.length) {
      const lim = limits();
      const key = `${lim.memoryMb}|${JSON.stringify(job.config ?? null)}`;
      const slot = await this.acquire(key, lim.memoryMb);
      const run = await this.execute(
        slot,
        { ...job, steps: steps.map((s) => s.step) },
        lim.seconds,
        (i, r) => {
          if (steps[i].index >= 0) results[steps[i].index] = r;
        },
      );
      if (run.ok) break;
      const at = steps[run.step];
      results[at.index] = failed(at.step, run.why, run.args);
      if (run.why === 'internal-error') internal.push({ path: at.step.path, message: run.args.message ?? '', stack: run.stack });
      // the steps after the failed one, on a sound worker; last year's model, if it was read, again
      const rest = steps.slice(run.step + 1);
      const prior = steps.slice(0, run.step).find((s) => s.step.kind === 'prior');
      steps = rest.length && prior && at.step.kind !== 'prior' ? [{ step: { ...prior.step, kind: 'prior' as const, quiet: true }, index: -1 }, ...rest] : rest;
    }
    return { results: job.steps.map((_, i) => results[i]), internal };
  }

  private async acquire(key: string, memoryMb: number): Promise<Slot> {
    for (;;) {
      const idle = this.slots.find((s) => !s.busy && s.key === key);
      if (idle) return this.take(idle);
      if (this.slots.length < this.size) return this.take(this.spawn(key, memoryMb));
      const other = this.slots.find((s) => !s.busy);
      if (other) {
        this.drop(other);
        return this.take(this.spawn(key, memoryMb));
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  private take(slot: Slot): Slot {
    slot.busy = true;
    slot.worker.ref();
    return slot;
  }

  private giveBack(slot: Slot): void {
    slot.busy = false;
    slot.worker.unref();
    this.waiting.shift()?.();
  }

  private spawn(key: string, memoryMb: number): Slot {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerFile(import.meta.url, 'worker.js'), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      workerData: { resources: port2 },
      transferList: [port2],
    });
    const held = new Map<number, { res: Resource; release: () => void }>();
    const unlisten = listenForResources(port1, (m: ResourceMessage) => {
      if (m.type === 'hold') held.set(m.key, { res: m.res, release: adopt(m.res) });
      else {
        held.get(m.key)?.release();
        held.delete(m.key);
      }
    });
    const slot: Slot = { worker, key, busy: false, held, unlisten };
    this.slots.push(slot);
    return slot;
  }

  /** Stop a worker and clean up after it. */
  private drop(slot: Slot): void {
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    slot.unlisten();
    for (const { res, release } of slot.held.values()) {
      release();
      dispose(res);
    }
    slot.held.clear();
  }

  private execute(slot: Slot, job: Job, seconds: number, done: (step: number, result: StepResult) => void): Promise<Run> {
    const w = slot.worker;
    return new Promise<Run>((resolve) => {
      let current = 0;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ ok: false, step: current, why: 'over-time', args: { limit: String(seconds) } }, true), seconds * 1000);
      };
      const finish = (run: Run, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (kill) this.drop(slot);
        else this.giveBack(slot);
        resolve(run);
      };
      const onMessage = (m: Message) => {
        if (m.type === 'start') {
          current = m.step;
          arm();
        } else if (m.type === 'done') done(m.step, m.result);
        else if (m.type === 'end') finish({ ok: true }, false);
        else if (m.type === 'error') finish({ ok: false, step: m.step, why: 'internal-error', args: { message: m.message }, stack: m.stack }, false);
      };
      const onError = (e: Error & { code?: string }) =>
        finish(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { ok: false, step: current, why: 'over-memory', args: { limit: String(limits().memoryMb) } } : { ok: false, step: current, why: 'worker-died', args: {} },
          true,
        );
      const onExit = () => finish({ ok: false, step: current, why: 'worker-died', args: {} }, true);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      // until the first step starts (the worker loading its modules), the same budget
      arm();
      w.postMessage({ job, env: limitEnv() });
    });
  }

  /** Start a worker now, for a job without a config file: it loads its modules while this thread loads its own. */
  prewarm(): void {
    const lim = limits();
    if (!this.slots.length) this.giveBack(this.spawn(`${lim.memoryMb}|null`, lim.memoryMb));
  }

  /** Stop every worker (the pool is then empty, and may be used again). */
  close(): void {
    for (const slot of [...this.slots]) this.drop(slot);
  }
}

let shared: Sandbox | undefined;

/** The process's sandbox, grown to at least `size` workers. */
export function sandbox(size: number): Sandbox {
  if (!shared) shared = new Sandbox(size);
  else shared.resize(size);
  return shared;
}
