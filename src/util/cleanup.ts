// What fa leaves behind if it is stopped now: temporary files and folders, and the processes it
// started (LibreOffice converting an .xls). Each is held while in use and let go after; an
// interruption (Ctrl-C, kill) or the end of the process removes and ends whatever is still held.
//
// Signals reach the main thread only, so a worker thread hands what it holds to the main thread
// (a message to the sandbox, which calls adopt()); the main thread also cleans up after a worker
// it had to stop.
import { rmSync } from 'node:fs';
import { isMainThread, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

export interface Resource {
  /** A file or folder to remove. */
  path?: string;
  /** A process group to end (a child started with detached: true leads its own). */
  group?: number;
}

const held = new Map<number, Resource>();
let next = 0;
let installed = false;
/** In a worker: the port to the main thread for what it holds (set by the worker at start). */
let toMain: MessagePort | undefined;
/** In the main thread: read what workers said they hold and the main thread has not yet heard. */
const drains = new Set<() => void>();

export function useResourcePort(port: MessagePort): void {
  toMain = port;
}

/**
 * The main thread's end of a worker's resource port: messages are handled as they come, and,
 * when the process is stopped, the ones still waiting are read at once (receiveMessageOnPort), so
 * that a LibreOffice started just before Ctrl-C is ended too.
 */
export function listenForResources(port: MessagePort, handle: (m: ResourceMessage) => void): () => void {
  port.on('message', handle);
  port.unref();
  const drain = () => {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) handle(m.message as ResourceMessage);
  };
  drains.add(drain);
  // stopping: what is still waiting first, so that it is cleaned up with the rest
  return () => {
    drain();
    drains.delete(drain);
    port.close();
  };
}

export type ResourceMessage = { type: 'hold'; key: number; res: Resource } | { type: 'release'; key: number };

/** Remove and end these now (synchronously: it runs in signal handlers and at exit). */
export function dispose(res: Resource): void {
  if (res.group)
    try {
      process.kill(-res.group, 'SIGKILL');
    } catch {
      // already ended
    }
  if (res.path) rmSync(res.path, { recursive: true, force: true });
}

function disposeAll(): void {
  for (const drain of drains) drain();
  for (const res of held.values()) dispose(res);
  held.clear();
}

/** Signal handlers and the exit hook, once per process. */
export function installHandlers(): void {
  if (installed || !isMainThread) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      disposeAll();
      process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
    });
  process.on('exit', disposeAll);
}

/** Hold this until the returned function is called. */
export function hold(res: Resource): () => void {
  const key = ++next;
  held.set(key, res);
  if (isMainThread) installHandlers();
  else toMain?.postMessage({ type: 'hold', key, res });
  return () => {
    if (!held.delete(key)) return;
    if (!isMainThread) toMain?.postMessage({ type: 'release', key });
  };
}

/** The main thread takes over what a worker holds; the returned function lets it go. */
export function adopt(res: Resource): () => void {
  const key = ++next;
  held.set(key, res);
  installHandlers();
  return () => void held.delete(key);
}

/** End and remove what was adopted from a worker that was stopped before it could. */
export function disposeHeld(release: () => void, res: Resource): void {
  release();
  dispose(res);
}
