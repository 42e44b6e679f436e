// Property-based: mutated workbooks, damaged files, mutated narratives and the hostile inputs of
// test/hostile.ts never crash fa-check, always end with 0, 1 or 2 within the time a case may take
// (two seconds), show no stack trace or JavaScript text, and point only at places that exist.
// FUZZ_RUNS sets the number of cases, all kinds together (800 by default); they run two at a
// time, on the sandbox's two worker threads.
import fc from 'fast-check';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandbox } from '../src/pipeline/sandbox.js';
import { limits } from '../src/read/limits.js';
import { INTERNALS } from './child.js';
import { fixture, runCheck, tempDir, unwrapped, type Run } from './helpers.js';
import { HOSTILE, xlsx, repeatedSheet } from './hostile.js';
import { mutateWorkbook, type CellValue, type Mutation } from './mutate.js';

const RUNS = +(process.env.FUZZ_RUNS ?? 800);
/** The longest one case may take, checking only (making the input is not counted). */
const CASE_MS = +(process.env.FUZZ_CASE_MS ?? 2000);
/** Property runs (each of two cases) of a kind: its share of all the cases. */
const pairs = (share: number) => Math.max(1, Math.round((RUNS * share) / 2));
const FIXTURES = ['sample-2024.xlsx', 'shanghai-style-2024.xlsx', 'yuan-2024.xlsx'];

// two workers, started and warmed (their first file loads the readers): a case's time is its own
beforeAll(async () => {
  sandbox(2);
  await Promise.all([runCheck([fixture('sample-2024.xlsx')]), runCheck([fixture('narratives/seed-2024.txt')])]);
}, 120000);

let made = 0;
/** The slowest case of the run, for the log. */
const slowest = { ms: 0, file: '' };
afterAll(() => console.log(`fuzz: ${made} cases, the slowest ${slowest.ms.toFixed(0)} ms (${slowest.file})`));

/** Check one input in a file of its own (removed after), timed. */
async function timed(dir: string, ext: string, bytes: Uint8Array | string): Promise<Run & { ms: number; file: string }> {
  const file = join(dir, `case-${++made}${ext}`);
  writeFileSync(file, bytes);
  try {
    const t = performance.now();
    const r = await bounded(runCheck([file, '--format', 'json']));
    const ms = performance.now() - t;
    if (ms > slowest.ms) Object.assign(slowest, { ms, file: `case ${made}${ext}` });
    return { ...r, ms, file };
  } finally {
    rmSync(file, { force: true });
  }
}

async function bounded<T>(p: Promise<T>, ms = 30000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no end within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What every case must show, whatever its input. */
function sound(r: Run & { ms: number }): { files: { unreadable?: string }[]; findings: { location: { sheet?: string; cell?: string; paragraph?: number } }[] } {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.ms, 'time of one case (ms)').toBeLessThan(CASE_MS);
  expect(r.stdout + r.stderr).not.toMatch(INTERNALS);
  return JSON.parse(r.stdout);
}

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant('详见附表'),
  fc.constant('－'),
  fc.constant('１２３.４５'),
  fc.constant(''),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constant({ error: '#REF!' }),
  fc.constant({ formula: 'SUM(A1:A3)' }),
  fc.double({ min: -1e20, max: 1e20, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000000, max: 1000000 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), sheet: fc.nat(8), row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 13 }), value: cellValue }),
  fc.record({ kind: fc.constant('delete-row' as const), sheet: fc.nat(8), row: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('delete-sheet' as const), sheet: fc.nat(8) }),
  fc.record({ kind: fc.constant('duplicate-sheet' as const), sheet: fc.nat(8) }),
  fc.record({ kind: fc.constant('swap-header' as const), sheet: fc.nat(8), a: fc.integer({ min: 1, max: 12 }), b: fc.integer({ min: 1, max: 12 }) }),
);

function within(cell: string, dims: { rows: number; cols: number }): boolean {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return false;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return +m[2] <= dims.rows && col <= dims.cols;
}

const workbookCase = fc.tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 4 }));

async function checkWorkbookCase(dir: string, [name, muts]: [string, Mutation[]]): Promise<void> {
  const { bytes, sheets } = mutateWorkbook(name, muts);
  const report = sound(await timed(dir, '.xlsx', bytes));
  for (const f of report.findings) {
    if (!f.location.sheet) continue;
    expect(sheets.has(f.location.sheet), f.location.sheet).toBe(true);
    if (f.location.cell) expect(within(f.location.cell, sheets.get(f.location.sheet)!), `${f.location.sheet}!${f.location.cell}`).toBe(true);
  }
}

describe('fuzz: mutated workbooks', () => {
  it(`never crash, exit 0/1/2, and point only at cells that exist (${pairs(0.1) * 2} cases)`, async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(workbookCase, workbookCase, async (a, b) => {
        await Promise.all([checkWorkbookCase(dir, a), checkWorkbookCase(dir, b)]);
      }),
      { numRuns: pairs(0.1) },
    );
  }, 3600000);
});

describe('fuzz: damaged files', () => {
  const sources: [string, Buffer][] = [
    ['.xlsx', readFileSync(fixture('sample-2024.xlsx'))],
    ['.xlsx', readFileSync(fixture('shanghai-style-2024.xlsx'))],
    ['.txt', readFileSync(fixture('narratives/seed-2024.txt'))],
    ['.docx', xlsx([{ name: 'S', xml: '<worksheet/>' }])],
  ];
  const damaged = fc.oneof(
    // cut short
    fc.tuple(fc.nat(sources.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, at]) => [sources[i][0], sources[i][1].subarray(0, Math.floor(sources[i][1].length * at))] as const),
    // bytes changed here and there
    fc.tuple(fc.nat(sources.length - 1), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })).map(([i, flips]) => {
      const b = Buffer.from(sources[i][1]);
      for (const [at, v] of flips) b[Math.floor(at * b.length)] = v;
      return [sources[i][0], b] as const;
    }),
    // noise
    fc.tuple(fc.constantFrom('.xlsx', '.docx', '.txt'), fc.uint8Array({ maxLength: 4096 })).map(([ext, a]) => [ext, Buffer.from(a)] as const),
    // noise behind a zip's signature
    fc.uint8Array({ maxLength: 4096 }).map((a) => ['.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(a)])] as const),
  );
  it(`are unreadable input or read, never a crash (${pairs(0.3) * 2} cases)`, async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(damaged, damaged, async (a, b) => {
        await Promise.all([a, b].map(async ([ext, bytes]) => sound(await timed(dir, ext, bytes))));
      }),
      { numRuns: pairs(0.3) },
    );
  }, 3600000);
});

describe('fuzz: mutated narratives', () => {
  it(`never crash, exit 0/1/2, and point only at paragraphs that exist (${pairs(0.45) * 2} cases)`, async () => {
    const dir = tempDir();
    const seed = readFileSync(fixture('narratives/seed-2024.txt'), 'utf8').split('\n');
    const pieces = fc.oneof(fc.constantFrom('万元', '%', '%%', '其中：', '。', '，', '与2023年度相比，减少', '占', '共', '（', '）', '0', '.', '\t', '\n'), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 99999 }).map(String));
    const edit = fc.record({ at: fc.nat(5000), cut: fc.nat(30), insert: fc.array(pieces, { maxLength: 4 }).map((a) => a.join('')) });
    // a stretch of the seed (the edits are local; the whole seed is read by the child-process cases)
    const text = fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 10, max: 80 }), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([from, n, edits]) => {
      let t = seed.slice(from, from + n).join('\n');
      for (const e of edits) {
        const at = e.at % (t.length + 1);
        t = t.slice(0, at) + e.insert + t.slice(at + e.cut);
      }
      return t;
    });
    const one = async (t: string) => {
      const report = sound(await timed(dir, '.txt', t));
      const lines = t.split('\n').length;
      for (const f of report.findings) if (f.location.paragraph !== undefined) expect(f.location.paragraph).toBeLessThanOrEqual(lines);
    };
    await fc.assert(
      fc.asyncProperty(text, text, async (a, b) => {
        await Promise.all([one(a), one(b)]);
      }),
      { numRuns: pairs(0.45) },
    );
  }, 3600000);
});

describe('fuzz: hostile inputs', () => {
  it(`each refused or read as it must be, in its time (${pairs(0.15) * 2} cases)`, async () => {
    const dir = tempDir();
    // the generators at the small end of their range: the full size is test/hostile.test.ts's
    // each made once per size (making them is most of their cost), past limits lowered for
    // the purpose: the generators go past whatever limits they are given
    const lowered = { FA_MAX_UNCOMPRESSED_MB: '4', FA_MAX_ENTRIES: '120', FA_MAX_SHEETS: '20', FA_MAX_CELLS: '20000', FA_MAX_ROWS: '5000' };
    Object.assign(process.env, lowered);
    try {
      const lim = limits();
      const hostile = fc.tuple(fc.nat(HOSTILE.length - 1), fc.integer({ min: 0, max: 5 }));
      const made = new Map<string, Buffer>();
      const one = async ([i, step]: [number, number]) => {
        const h = HOSTILE[i];
        const key = `${i}:${step}`;
        if (!made.has(key)) made.set(key, h.bytes(step * 0.02, lim));
        const report = sound(await timed(dir, h.ext, made.get(key)!));
        if ('unreadable' in h.expect) expect(h.expect.unreadable, h.name).toContain(report.files[0].unreadable);
        else expect(report.files[0].unreadable, h.name).toBeUndefined();
      };
      await fc.assert(
        fc.asyncProperty(hostile, hostile, async (a, b) => {
          await Promise.all([one(a), one(b)]);
        }),
        { numRuns: pairs(0.15) },
      );
    } finally {
      for (const k of Object.keys(lowered)) delete process.env[k];
    }
  }, 3600000);
});

describe('fuzz cases through a real child process', () => {
  it('end by themselves with 0, 1 or 2 and no stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = join(import.meta.dirname, '..', 'bin', 'fa-check.js');
    const dir = tempDir();
    const samples = fc.sample(workbookCase, { numRuns: 4, seed: 2024 });
    const files = samples.map(([name, muts], i) => {
      const file = join(dir, `${i}-${name}`);
      writeFileSync(file, mutateWorkbook(name, muts).bytes);
      return file;
    });
    for (const file of [...files, fixture('narratives/seed-2024.txt')]) {
      const r = spawnSync(process.execPath, [bin, file, '--format', 'json'], { encoding: 'utf8', timeout: 30000 });
      expect([0, 1, 2]).toContain(r.status);
      expect(r.stderr).not.toMatch(INTERNALS);
    }
  }, 120000);
});

describe('limits', () => {
  it('too many cells, rows or sheets, too many paragraphs: exit 2 with the limit named', async () => {
    process.env.FA_MAX_CELLS = '100';
    process.env.FA_MAX_PARAGRAPHS = '10';
    try {
      const wb = await runCheck([fixture('sample-2024.xlsx')]);
      expect(wb.code).toBe(2);
      expect(wb.stdout).toMatch(/FA_MAX_CELLS/);
      const n = await runCheck([fixture('narratives/seed-2024.txt')]);
      expect(n.code).toBe(2);
      expect(n.stdout).toMatch(/FA_MAX_PARAGRAPHS/);
    } finally {
      delete process.env.FA_MAX_CELLS;
      delete process.env.FA_MAX_PARAGRAPHS;
    }
    for (const [name, value] of [
      ['FA_MAX_ROWS', '20'],
      ['FA_MAX_SHEETS', '3'],
    ]) {
      process.env[name] = value;
      try {
        const r = await runCheck([fixture('sample-2024.xlsx')]);
        expect(r.code, name).toBe(2);
        expect(r.stdout).toContain(name);
      } finally {
        delete process.env[name];
      }
    }
  });

  it('a decompression bomb is refused with exit 2, the limit configurable', async () => {
    const file = join(tempDir(), 'bomb.xlsx');
    writeFileSync(file, xlsx([{ name: 'S', xml: '', deflated: repeatedSheet('<row><c><v>1</v></c></row>'.repeat(1000), 200) }]));
    process.env.FA_MAX_UNCOMPRESSED_MB = '1';
    try {
      const r = await runCheck([file]);
      expect(r.code).toBe(2);
      expect(unwrapped(r.stdout)).toMatch(/压缩炸弹/);
    } finally {
      delete process.env.FA_MAX_UNCOMPRESSED_MB;
    }
  });
});

describe('regressions found by the fuzz suite', () => {
  it('a code row whose label cell is empty still points at a real cell (was "12", without a column)', async () => {
    const { bytes, sheets } = mutateWorkbook('shanghai-style-2024.xlsx', [
      { kind: 'swap-header', sheet: 0, a: 3, b: 2 },
      { kind: 'delete-row', sheet: 0, row: 1 },
    ]);
    const file = join(tempDir(), 'shanghai.xlsx');
    writeFileSync(file, bytes);
    const r = await runCheck([file, '--format', 'json']);
    for (const f of (JSON.parse(r.stdout) as { findings: { location: { sheet?: string; cell?: string } }[] }).findings)
      if (f.location.sheet && f.location.cell) expect(within(f.location.cell, sheets.get(f.location.sheet)!), f.location.cell).toBe(true);
  });
});
