// Output that cannot be written is exit 2 and one Chinese sentence naming the path the user gave
// (目录、无写入权限、父目录不存在、磁盘已满); the system's code only with --debug, never a
// temporary file's name. --force replaces a regular file and nothing else.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outputMessage } from '../src/cli/output.js';
import { main as renderMain } from '../src/cli/render.js';
import { atomicWrite, OutputError } from '../src/util/atomic-write.js';
import { fixture, runCheck, tempDir } from './helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin');
const SAMPLE = fixture('sample-2024.xlsx');
/** What a message about an output must not show without --debug. */
const RAW = /\bE[A-Z]{3,}\b|\.tmp|illegal operation|no such file|permission denied/;

const quietIO = () => {
  let stderr = '';
  return { io: { stdout: () => {}, stderr: (t: string) => void (stderr += t), stdoutTTY: false, stderrTTY: false, env: {}, cwd: process.cwd() }, err: () => stderr };
};

describe('a report that cannot be written', () => {
  it('standard output on a full disk (/dev/full): exit 2 and 磁盘已满; the code only with --debug', () => {
    for (const debug of [false, true]) {
      const out = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [join(BIN, 'fa-check.js'), SAMPLE, ...(debug ? ['--debug'] : [])], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/无法把报告写到标准输出：磁盘已满/);
        if (debug) expect(r.stderr).toMatch(/ENOSPC/);
        else expect(r.stderr).not.toMatch(RAW);
      } finally {
        closeSync(out);
      }
    }
  });

  it('-o naming a directory, a missing folder: exit 2, said in Chinese with the path as given', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    for (const [output, words] of [
      [join(dir, 'sub'), '这是一个目录'],
      [join(dir, 'nowhere', 'r.json'), '父目录不存在'],
    ] as const) {
      for (const force of [[], ['--force']]) {
        const r = await runCheck([SAMPLE, '-o', output, ...force]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`无法写入 ${output}：${words}`);
        expect(r.stderr).not.toMatch(RAW);
      }
      const debug = await runCheck([SAMPLE, '-o', output, '--debug']);
      expect(debug.stderr).toMatch(/（E[A-Z]+）/);
    }
    expect(readdirSync(dir)).toEqual(['sub']);
    // fa-render says the same
    const { io, err } = quietIO();
    expect(await renderMain([SAMPLE, '-o', join(dir, 'sub')], io)).toBe(2);
    expect(err()).toContain(`无法写入 ${join(dir, 'sub')}：这是一个目录`);
  });

  it.runIf(process.getuid?.() !== 0)('-o in a read-only folder: 无写入权限', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o555);
    try {
      const r = await runCheck([SAMPLE, '-o', join(dir, 'r.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('没有写入权限');
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('--force', () => {
  it('replaces a regular file, and refuses a symbolic link, a FIFO, a device and a directory', async () => {
    const dir = tempDir();
    const file = join(dir, 'old.json');
    writeFileSync(file, 'old');
    expect((await runCheck([SAMPLE, '--format', 'json', '-o', file])).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect((await runCheck([SAMPLE, '--format', 'json', '-o', file, '--force'])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).files).toHaveLength(1);

    const target = join(dir, 'target.txt');
    writeFileSync(target, 'keep');
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    const dangling = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'none'), dangling);
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const output of [link, dangling, fifo, '/dev/null']) {
      const r = await runCheck([SAMPLE, '-o', output, '--force']);
      expect(r.code, output).toBe(2);
      expect(r.stderr, output).toContain(`无法写入 ${output}：它不是普通文件`);
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('keep');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('errors the system reports while writing', () => {
  // the disk filling up and a folder refusing the write, made to happen at the temporary file
  // (whoever runs the tests: root writes anywhere); what the user reads of each
  it.each([
    ['ENOSPC', 'disk-full', '磁盘已满'],
    ['EDQUOT', 'disk-full', '磁盘已满'],
    ['EACCES', 'no-permission', '没有写入权限'],
    ['EROFS', 'no-permission', '没有写入权限'],
    ['ENOENT', 'no-parent', '父目录不存在'],
    ['EISDIR', 'directory', '这是一个目录'],
  ])('%s: %s (%s), and nothing left behind', (code, problem, words) => {
    const dir = tempDir();
    const out = join(dir, 'r.json');
    const failing = { ...fs, writeFileSync: (p: fs.PathOrFileDescriptor, d: string | NodeJS.ArrayBufferView, o?: fs.WriteFileOptions) => {
      fs.writeFileSync(p, d, o);
      throw Object.assign(new Error(`${code}: simulated, open '${String(p)}'`), { code });
    } };
    let err: unknown;
    try {
      atomicWrite(out, 'report', false, failing);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).problem).toBe(problem);
    expect(outputMessage('zh', 'r.json', err, false)).toMatch(new RegExp(`^无法写入 r.json：${words}[^（]*$`));
    expect(outputMessage('zh', 'r.json', err, true)).toMatch(new RegExp(`^无法写入 r.json：${words}.*（${code}）$`));
    expect(outputMessage('en', 'r.json', err, false)).not.toMatch(RAW);
    expect(readdirSync(dir)).toEqual([]);
  });
});
