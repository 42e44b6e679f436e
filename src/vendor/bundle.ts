// Load a CommonJS bundle from dist/vendor/ with V8's code cache for it, when the build made one.
//
// Why: a one-shot command runs most library code once, so compiling it is a good part of the
// cost. V8 can save the bytecode of every function a run compiled (Script.createCachedData after
// the run) and take it back next time; Node 20 has no module compile cache of its own. A cache
// that does not match this Node (another V8, other flags) is refused by V8: the code is then
// compiled as usual, nothing else changes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const scripts = new Map<string, Script>();

const cacheOf = (file: string) => file.replace(/\.cjs$/, '.v8-cache');

export function requireBundle(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  const cache = cacheOf(file);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: existsSync(cache) ? readFileSync(cache) : undefined,
  });
  scripts.set(file, script);
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** Build step: save the code cache of a bundle loaded in this process, after a representative run. */
export function saveCodeCache(file: string): void {
  const script = scripts.get(file);
  if (script) writeFileSync(cacheOf(file), script.createCachedData());
}
