// Plain document input → .docx bytes, in this thread or on a worker thread.
//
// Why a worker: fa-render is a one-shot process, so the first document it writes runs the docx
// library's code cold (compiled on first call, no type feedback yet): a third of the command's time.
// A worker started with the command loads docx and writes a small document while the main thread
// reads the workbooks; the real document is then written warm. With one core it is done in-process.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerFile } from '../util/worker-file.js';
import type { RenderInput } from './blocks.js';

export async function packDocument(input: RenderInput): Promise<Uint8Array> {
  const [{ packDocx, editsParts }, { buildDocument }] = await Promise.all([import('./zip.js'), import('./document.js')]);
  // the tables as XML of our own when the zip writer can put them in (document.ts)
  const { document, finish } = buildDocument(input, editsParts ? 'xml' : 'docx');
  return packDocx(document, finish);
}

export interface DocumentPacker {
  pack(input: RenderInput): Promise<Uint8Array>;
  close(): void;
  /** On another thread: the document can be made while this thread does other work. */
  parallel: boolean;
}

const inProcess: DocumentPacker = { pack: packDocument, close: () => {}, parallel: false };

let early: DocumentPacker | undefined;
let taken = false;

/**
 * At process start (run.ts): start the writer before the command's own modules have loaded (some
 * 0.1 s), so that the writer's start-up is over sooner. Too late once the command has taken one.
 */
export function prestartPacker(): void {
  if (!taken) early ??= newPacker();
}

/** The writer started at process start, or one started now: ready for when the document's input is. */
export function startPacker(): DocumentPacker {
  taken = true;
  const p = early ?? newPacker();
  early = undefined;
  return p;
}

function newPacker(): DocumentPacker {
  if (availableParallelism() < 2 || process.env.FA_WORKERS === '1') return inProcess;
  let worker: Worker;
  try {
    worker = new Worker(workerFile(import.meta.url, 'pack-worker.js'));
  } catch {
    return inProcess;
  }
  // idle, it must not keep the process alive (an early exit on bad input)
  worker.unref();
  let failed = false;
  worker.on('error', () => (failed = true));
  return {
    pack(input) {
      if (failed) return packDocument(input);
      worker.ref();
      return new Promise((resolve, reject) => {
        const done = () => {
          worker.unref();
          worker.off('message', onMessage);
          worker.off('error', onError);
        };
        const onMessage = (m: { ok: boolean; bytes?: Uint8Array; error?: string }) => {
          done();
          if (m.ok) resolve(m.bytes!);
          else reject(new Error(m.error));
        };
        // a worker that dies: the document is still written, in this thread
        const onError = () => {
          done();
          packDocument(input).then(resolve, reject);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.postMessage(input);
      });
    },
    close: () => void worker.terminate(),
    parallel: true,
  };
}
