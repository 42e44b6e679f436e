// npm run bench: medians over several runs, as ratios against a baseline measured in the same run.
//  1. fa-check's rules on a large generated workbook vs a bare exceljs load of the same file.
//  2. Start-up: `fa-check sample.xlsx` as a process vs `node -e ""`.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FUNCTION_CLASSES, FUNCTION_CODES } from '../../src/data/codes.js';
import { readWorkbook } from '../../src/read/workbook.js';
import { runRules } from '../../src/rules/engine.js';
import { Y2024, type DeptYear, type ItemData } from './fixtures/data.js';
import { figures } from './fixtures/figures.js';
import { writeWorkbook } from '../../src/render/workbook.js';
import { LAYOUT_A, LAYOUT_YUAN } from './fixtures/layouts.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Wall time of fn in ms, after a full collection so that one case does not pay for another's garbage. */
async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  gc?.();
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * A department with many items: 12 classes × 20 款 × 30 项 (项 04–33, whose names no rule knows),
 * amounts in 元 from a fixed pattern; T06 scaled so that 人员 + 公用 = 基本支出.
 */
function bigDepartment(): DeptYear {
  const items: ItemData[] = [];
  const classes = ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '221'];
  let n = 0;
  for (const c of classes)
    for (let k = 1; k <= 20; k++)
      for (let x = 4; x <= 33; x++) {
        n++;
        const amount = 1000 + ((n * 7919) % 500000);
        items.push({ code: `${c}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`, name: `科目${n}`, basic: n % 3 ? amount : 0, project: n % 3 ? 0 : amount });
      }
  const basic = items.reduce((s, i) => s + i.basic, 0);
  const publicUse = Y2024.publicUse;
  const rest = basic - publicUse.reduce((s, e) => s + e.amount, 0) - Y2024.personnel.slice(0, -1).reduce((s, e) => s + e.amount, 0);
  const personnel = [...Y2024.personnel.slice(0, -1), { ...Y2024.personnel[Y2024.personnel.length - 1], amount: rest }];
  return { ...Y2024, items, personnel };
}

// the generated workbooks and documents: removed however the bench ends
const dir = mkdtempSync(join(tmpdir(), 'fa-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

async function main(): Promise<void> {
  // `npm run bench -- render`: only the start-up lines and fa-render (sections 2 and 3), while working on fa-render
  const renderOnly = process.argv.includes('render');
  const proc = (args: string[], env: NodeJS.ProcessEnv = {}) => time(() => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } }));
  if (!renderOnly) {
  const file = join(dir, 'large.xlsx');
  const dept = bigDepartment();
  const names: Record<string, string> = {};
  for (const it of dept.items) {
    names[it.code.slice(0, 3)] ??= FUNCTION_CLASSES[it.code.slice(0, 3)];
    names[it.code.slice(0, 5)] ??= FUNCTION_CODES[it.code.slice(0, 5)] ?? `款${it.code.slice(0, 5)}`;
  }
  const { NAMES } = await import('./fixtures/data.js');
  Object.assign(NAMES, names);
  const wb = await writeWorkbook(figures(dept), LAYOUT_A);
  await wb.xlsx.writeFile(file);
  const model0 = (await readWorkbook(file)).model!;
  const codeRows = model0.tables.reduce((s, t) => s + t.rows.filter((r) => r.code).length, 0);

  const load: number[] = [];
  const full: number[] = [];
  const rules: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    load.push(await time(() => new ExcelJS.Workbook().xlsx.readFile(file)));
    full.push(
      await time(async () => {
        runRules((await readWorkbook(file)).model!, undefined);
      }),
    );
    rules.push(await time(() => runRules(model0, undefined)));
  }
  const l = median(load);
  const f = median(full);
  console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}`);
  console.log(`\n1. large workbook: ${codeRows} code rows across the tables (${RUNS} runs, medians)`);
  console.log(`   bare exceljs load           ${l.toFixed(0).padStart(6)} ms   1.00`);
  console.log(`   fa-check read + rules       ${f.toFixed(0).padStart(6)} ms   ${(f / l).toFixed(2)}   (must be ≤ 1.30)`);
  console.log(`   of which the rules alone    ${median(rules).toFixed(0).padStart(6)} ms   ${(median(rules) / l).toFixed(2)}`);
  if (f / l > 1.3) process.exitCode = 1;
  // `npm run bench -- large`: only this part (while working on the reader)
  if (process.argv.includes('large')) return;

  // the same comparison as whole commands: fa-check on the file against a script that only loads it
  const loadScript = `import('exceljs/lib/doc/workbook.js').then((W) => new W.default().xlsx.readFile(${JSON.stringify(file)}))`;
  const bareProc: number[] = [];
  const checkProc: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bareProc.push(await proc(['--input-type=module', '-e', loadScript]));
    checkProc.push(await proc([join(ROOT, 'bin', 'fa-check.js'), file, '--format', 'json']));
  }
  console.log(`   as whole processes:`);
  console.log(`   node: load with exceljs      ${median(bareProc).toFixed(0).padStart(6)} ms   1.00`);
  console.log(`   fa-check large.xlsx          ${median(checkProc).toFixed(0).padStart(6)} ms   ${(median(checkProc) / median(bareProc)).toFixed(2)}   (report included)`);
  }
  const bare: number[] = [];
  const one: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await proc(['-e', '']));
    help.push(await proc([join(ROOT, 'bin', 'fa-check.js'), '--help']));
    one.push(await proc([join(ROOT, 'bin', 'fa-check.js'), 'fixtures/sample-2024.xlsx']));
  }
  const b = median(bare);
  console.log(`\n2. start-up (${RUNS} runs, medians, child processes)`);
  console.log(`   node -e ""                   ${b.toFixed(0).padStart(6)} ms   1.00`);
  console.log(`   fa-check --help              ${median(help).toFixed(0).padStart(6)} ms   ${(median(help) / b).toFixed(2)}   (no exceljs loaded)`);
  console.log(`   fa-check sample-2024.xlsx    ${median(one).toFixed(0).padStart(6)} ms   ${(median(one) / b).toFixed(2)}`);
  // 3. rendering one department (the sample, with last year and a profile)
  const out = join(dir, 'out.docx');
  const renderTimes: number[] = [];
  const oneThread: number[] = [];
  const renderArgs = [join(ROOT, 'bin', 'fa-render.js'), 'fixtures/sample-2024.xlsx', '--prior', 'fixtures/sample-2023.xlsx', '--profile', 'fixtures/profile-2024.yaml', '-o', out, '--force'];
  // more runs than elsewhere: the one-second target is about every run, so the slowest is shown too
  const RENDER_RUNS = 15;
  for (let i = 0; i < RENDER_RUNS; i++) {
    renderTimes.push(await proc(renderArgs));
    // the same with the document written in the main thread (as on a one-core machine)
    oneThread.push(await proc(renderArgs, { FA_WORKERS: '1' }));
  }
  const { render } = await import('../../src/render/render.js');
  const { loadProfile } = await import('../../src/render/profile.js');
  const now = (await readWorkbook(join(ROOT, 'fixtures', 'sample-2024.xlsx'))).model!;
  const before = (await readWorkbook(join(ROOT, 'fixtures', 'sample-2023.xlsx'))).model!;
  const profile = await loadProfile(join(ROOT, 'fixtures', 'profile-2024.yaml'));
  const step: number[] = [];
  for (let i = 0; i < RUNS; i++) step.push(await time(() => render(now, before, profile, 'sichuan')));
  console.log(`\n3. fa-render, one department with last year and a profile (${RENDER_RUNS} runs, medians; target < 1 s)`);
  console.log(`   node -e ""                      ${b.toFixed(0).padStart(6)} ms   1.00`);
  console.log(`   fa-render, whole process        ${median(renderTimes).toFixed(0).padStart(6)} ms   ${(median(renderTimes) / b).toFixed(2)}   (slowest of ${RENDER_RUNS}: ${Math.max(...renderTimes).toFixed(0)} ms)`);
  console.log(`   the same, one thread            ${median(oneThread).toFixed(0).padStart(6)} ms   ${(median(oneThread) / b).toFixed(2)}   (FA_WORKERS=1: no writer thread)`);
  console.log(`   of which the render step        ${median(step).toFixed(0).padStart(6)} ms   ${(median(step) / b).toFixed(2)}   (template + docx, in-process, ${RUNS} runs)`);
  if (renderOnly) return;
  // 4. a batch of generated department workbooks: throughput on 1 worker and on all cores, and peak memory
  const batch = join(dir, 'batch');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(batch);
  for (let i = 0; i < 300; i++) {
    // each department its own figures: the sample's items scaled by a factor of its own
    const k = 0.5 + (i % 37) / 12;
    const d: DeptYear = { ...Y2024, items: Y2024.items.map((it) => ({ ...it, basic: Math.round(it.basic * k), project: Math.round(it.project * k) })) };
    await (await writeWorkbook(figures(d), i % 2 ? LAYOUT_A : LAYOUT_YUAN)).xlsx.writeFile(join(batch, `dept-${String(i).padStart(3, '0')}.xlsx`));
  }
  const runBatch = (files: number, workers: number) => {
    const sub = join(dir, `b${files}`);
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < files; i++) spawnSync('cp', [join(batch, `dept-${String(i).padStart(3, '0')}.xlsx`), sub]);
    const t = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin', 'fa-check.js'), sub, '--format', 'json'], { env: { ...process.env, FA_WORKERS: String(workers), CI: '1' }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const rssMB = +(r.stderr.trim().split('\n').pop() ?? 0) / 1024;
    return { ms, rssMB };
  };
  const cores = cpus().length;
  const single = runBatch(300, 1);
  const multi = runBatch(300, cores);
  const small = runBatch(100, cores);
  console.log(`\n4. batch: 300 generated department workbooks (one run each; peak RSS of the main process)`);
  console.log(`   1 worker                     ${(300 / (single.ms / 1000)).toFixed(1).padStart(6)} files/s   1.00   peak ${single.rssMB.toFixed(0)} MB`);
  console.log(`   ${cores} workers                    ${(300 / (multi.ms / 1000)).toFixed(1).padStart(6)} files/s   ${(single.ms / multi.ms).toFixed(2)}   peak ${multi.rssMB.toFixed(0)} MB`);
  console.log(`   ${cores} workers, 100 files         ${(100 / (small.ms / 1000)).toFixed(1).padStart(6)} files/s          peak ${small.rssMB.toFixed(0)} MB (memory stays flat as the batch grows)`);
}

await main();
