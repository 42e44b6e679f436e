// A worker thread of the sandbox (sandbox.ts): one job per message; what each step starts and
// finds goes back as it happens, so that the main thread can keep each file's budget.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { useResourcePort } from '../util/cleanup.js';
import { runJob, type Job } from './steps.js';

// what this thread holds (LibreOffice, temporary folders) is told to the main thread on this port
useResourcePort((workerData as { resources: MessagePort }).resources);

/** The FA_* settings of the main thread at the time of the job (limits, conversion …). */
function useEnv(env: Record<string, string>): void {
  for (const k of Object.keys(process.env)) if (/^FA_/.test(k) && !(k in env)) delete process.env[k];
  Object.assign(process.env, env);
}

parentPort!.on('message', async ({ job, env }: { job: Job; env: Record<string, string> }) => {
  useEnv(env);
  let step = 0;
  try {
    await runJob(job, {
      start: (i) => parentPort!.postMessage({ type: 'start', step: (step = i) }),
      done: (i, result) => parentPort!.postMessage({ type: 'done', step: i, result }),
    });
    parentPort!.postMessage({ type: 'end' });
  } catch (e) {
    parentPort!.postMessage({ type: 'error', step, message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack });
  }
});
