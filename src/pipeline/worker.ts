// A worker thread of the batch check: one workbook per message, findings back (models stay here).
import { parentPort, workerData } from 'node:worker_threads';
import { applyConfig, type Config } from '../config/config.js';
import { checkWorkbook } from './check.js';

const { config, views } = workerData as { config?: Config; views?: boolean };
const defs = applyConfig(config);

parentPort!.on('message', async (path: string) => {
  try {
    const { report, findings, groups, view } = await checkWorkbook(path, defs, undefined, config, views);
    parentPort!.postMessage({ ok: true, result: { report, findings, groups, view } });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: String((e as Error)?.message ?? e) });
  }
});
