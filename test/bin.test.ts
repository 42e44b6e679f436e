// The installed commands as a user runs them: a real child process.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, tempDir } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..');
const run = (bin: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', bin), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

describe('bin/fa-check', () => {
  it('checks the sample: report on stdout only, exit 0', () => {
    const r = run('fa-check.js', [fixture('sample-2024.xlsx'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].tables).toHaveLength(9);
    expect(r.stderr).toBe('');
  });

  it('a missing file: exit 2, one Chinese message, no stack trace', () => {
    const missing = join(tempDir(), '缺失.xlsx');
    const r = run('fa-check.js', [missing]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(missing);
    expect(r.stdout + r.stderr).not.toMatch(/\bat .+\.js:\d+/);
  });

  it('--help documents the exit codes; --version prints one', () => {
    const help = run('fa-check.js', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/退出码/);
    expect(run('fa-check.js', ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('usage error: exit 2', () => {
    expect(run('fa-check.js', ['--nope']).status).toBe(2);
  });

  it('a closed pipe is not an error', () => {
    const r = spawnSync('sh', ['-c', `node ${join(ROOT, 'bin', 'fa-check.js')} --list-rules | head -1`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
