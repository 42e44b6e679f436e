// A bug inside fa-check ends with exit code 2 and one line; JavaScript's message and the stack only with --debug.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/cli/check.js', () => ({
  main: async () => {
    throw new TypeError('Cannot read properties of undefined (reading "x")');
  },
}));

describe('internal errors', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    process.exitCode = undefined;
  });

  for (const debug of [false, true])
    it(debug ? 'with --debug: the stack too' : 'one line, exit code 2', async () => {
      const { run } = await import('../src/cli/run.js');
      let err = '';
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
      process.argv = ['node', 'fa-check', 'x.xlsx', ...(debug ? ['--debug'] : [])];
      await run('check');
      spy.mockRestore();
      expect(process.exitCode).toBe(2);
      expect(err).toMatch(/内部错误/);
      // JavaScript's words for it, and the stack, only with --debug
      if (debug) expect(err).toMatch(/内部错误：Cannot read properties[\s\S]*\n\s+at /);
      else {
        expect(err).not.toMatch(/Cannot read|TypeError/);
        expect(err.trim().split('\n')).toHaveLength(1);
      }
    });
});
