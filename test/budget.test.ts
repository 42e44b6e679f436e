// A file over its time or memory budget costs that file only: exit 2 and a finding naming it and
// the limit; the other files of the run are reported in full. An interrupted or stopped .xls
// conversion leaves neither its temporary copy nor LibreOffice behind.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCheck, tempDir } from './helpers.js';
import { repeatedSheet, xlsx } from './hostile.js';
import { INTERNALS, runChild } from './child.js';

interface Json {
  files: { path: string; unreadable?: string; tables: unknown[] }[];
  findings: { rule: string; message: string; location: { file: string } }[];
}

/** A LibreOffice stand-in that never finishes: it notes its own pid and a child's, then waits. */
function fakeSoffice(): { bin: string; pids: string } {
  const bin = tempDir();
  const pids = join(tempDir(), 'pids');
  const script = join(bin, 'soffice');
  writeFileSync(script, `#!/bin/sh\necho $$ >> "${pids}"\nsleep 300 &\necho $! >> "${pids}"\nwait\n`);
  chmodSync(script, 0o755);
  return { bin, pids };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const mine = (r: Json, file: string) => r.findings.filter((f) => f.location.file === file).map((f) => f.message);

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return cond();
}

describe('per-file budgets', () => {
  it('a file over the memory budget: exit 2 naming it and the limit; the files around it are reported in full', async () => {
    const big = join(tempDir(), 'big.xlsx');
    writeFileSync(big, xlsx([{ name: 'S', xml: '', deflated: repeatedSheet('<row><c t="inlineStr"><is><t>一般公共预算财政拨款收入</t></is></c><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c></row>', 49_000) }]));
    const a = fixture('sample-2024.xlsx');
    const b = fixture('yuan-2024.xlsx');
    const alone = [JSON.parse((await runCheck([a, '--format', 'json'])).stdout) as Json, JSON.parse((await runCheck([b, '--format', 'json'])).stdout) as Json];
    // the samples need under 30 MB of heap; 245,000 cells, within the limits, some 250 MB
    const r = await runChild([a, big, b, '--format', 'json'], { FA_MAX_MEMORY_MB: '40' });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(INTERNALS);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.files.map((f) => f.unreadable)).toEqual([undefined, 'over-memory', undefined]);
    expect(mine(report, big)[0]).toMatch(new RegExp(`${big}.*40 MB.*FA_MAX_MEMORY_MB`));
    expect(mine(report, a)).toEqual(mine(alone[0], a));
    expect(mine(report, b)).toEqual(mine(alone[1], b));
  }, 120000);

  it('a file over the time budget (a conversion that never ends): stopped, LibreOffice ended, its copy removed; the others reported', async () => {
    const { bin, pids } = fakeSoffice();
    const tmp = tempDir();
    const a = fixture('sample-2024.xlsx');
    const xls = fixture('bad/legacy-2024.xls');
    const alone = JSON.parse((await runCheck([a, '--format', 'json'])).stdout) as Json;
    const r = await runChild([xls, a, '--format', 'json'], { PATH: `${bin}:${process.env.PATH}`, FA_MAX_SECONDS: '3', TMPDIR: tmp });
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(60000);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.files.map((f) => f.unreadable)).toEqual(['over-time', undefined]);
    expect(mine(report, xls)[0]).toMatch(new RegExp(`${xls}.*3 秒.*FA_MAX_SECONDS`));
    expect(mine(report, a)).toEqual(mine(alone, a));
    const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    expect(started).toHaveLength(2);
    expect(await waitFor(() => started.every((p) => !alive(p)), 5000)).toBe(true);
    expect(readdirSync(tmp).filter((n) => n.startsWith('fa-xls-'))).toEqual([]);
  }, 120000);

  it('last year’s workbook over its budget: the workbook and its narrative are still checked', async () => {
    const { bin } = fakeSoffice();
    const r = await runChild([fixture('sample-2024.xlsx'), '--prior', fixture('bad/legacy-2024.xls'), '--narrative', fixture('narratives/seed-2024.txt'), '--format', 'json'], { PATH: `${bin}:${process.env.PATH}`, FA_MAX_SECONDS: '2', TMPDIR: tempDir() });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.files.map((f) => [f.path, f.unreadable])).toEqual([
      [fixture('bad/legacy-2024.xls'), 'over-time'],
      [fixture('sample-2024.xlsx'), undefined],
      [fixture('narratives/seed-2024.txt'), undefined],
    ]);
    expect(report.files[1].tables).toHaveLength(9);
    expect(report.findings.some((f) => f.location.file === fixture('narratives/seed-2024.txt'))).toBe(true);
  }, 120000);
});

describe('an interrupted .xls conversion', () => {
  it('Ctrl-C: the temporary copy is removed and LibreOffice (with its helpers) ended', async () => {
    const { bin, pids } = fakeSoffice();
    const tmp = tempDir();
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'fa-check.js'), fixture('bad/legacy-2024.xls')], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    expect(await waitFor(() => existsSync(pids) && readFileSync(pids, 'utf8').trim().split('\n').length === 2, 30000)).toBe(true);
    expect(readdirSync(tmp).filter((n) => n.startsWith('fa-xls-'))).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number);
    expect(await waitFor(() => started.every((p) => !alive(p)), 5000)).toBe(true);
    expect(readdirSync(tmp).filter((n) => n.startsWith('fa-xls-'))).toEqual([]);
  }, 60000);
});
