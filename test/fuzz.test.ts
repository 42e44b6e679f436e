// Property-based: mutated workbooks and narratives never crash fa-check, always end with 0, 1 or 2,
// and every location reported exists in the input. FUZZ_RUNS sets the number of cases.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCheck, tempDir } from './helpers.js';

// 800 workbook cases, 400 damaged files and 800 narratives: 2,000 cases
const RUNS = +(process.env.FUZZ_RUNS ?? 800);
const FIXTURES = ['sample-2024.xlsx', 'shanghai-style-2024.xlsx', 'yuan-2024.xlsx'];

const cellValue = fc.oneof(
  fc.constant('详见附表'),
  fc.constant('－'),
  fc.constant('１２３.４５'),
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
  fc.constant({ error: '#REF!' }),
  fc.constant({ formula: 'SUM(A1:A3)' }),
  fc.double({ min: -1e20, max: 1e20, noNaN: true }),
  fc.integer({ min: -1000000, max: 1000000 }),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), sheet: fc.nat(8), row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 13 }), value: cellValue }),
  fc.record({ kind: fc.constant('delete-row' as const), sheet: fc.nat(8), row: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('delete-sheet' as const), sheet: fc.nat(8) }),
  fc.record({ kind: fc.constant('duplicate-sheet' as const), sheet: fc.nat(8) }),
  fc.record({ kind: fc.constant('swap-header' as const), sheet: fc.nat(8), a: fc.integer({ min: 1, max: 12 }), b: fc.integer({ min: 1, max: 12 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

async function mutate(name: string, muts: Mutation[]): Promise<{ file: string; sheets: Map<string, { rows: number; cols: number }> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture(name));
  let copies = 0;
  for (const m of muts) {
    const ws = wb.worksheets[m.sheet % wb.worksheets.length];
    if (!ws) continue;
    if (m.kind === 'cell') ws.getCell(m.row, m.col).value = m.value as ExcelJS.CellValue;
    else if (m.kind === 'delete-row') ws.spliceRows(m.row, 1);
    else if (m.kind === 'delete-sheet' && wb.worksheets.length > 1) wb.removeWorksheet(ws.id);
    else if (m.kind === 'duplicate-sheet') {
      const copy = wb.addWorksheet(`${ws.name.slice(0, 20)}副本${++copies}`);
      ws.eachRow((row, r) => row.eachCell((c, col) => (copy.getCell(r, col).value = c.value)));
    } else if (m.kind === 'swap-header') {
      for (const r of [4, 5]) {
        const a = ws.getCell(r, m.a).value;
        ws.getCell(r, m.a).value = ws.getCell(r, m.b).value;
        ws.getCell(r, m.b).value = a;
      }
    }
  }
  const file = join(tempDir(), name);
  await wb.xlsx.writeFile(file);
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, { rows: Math.max(ws.rowCount, 1), cols: Math.max(ws.columnCount, 1) }]));
  return { file, sheets };
}

function within(cell: string, dims: { rows: number; cols: number }): boolean {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return false;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return +m[2] <= dims.rows && col <= dims.cols;
}

async function bounded<T>(p: Promise<T>, ms = 20000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no end within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzz: mutated workbooks', () => {
  it(`never crash, exit 0/1/2, and point only at cells that exist (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (name, muts) => {
        const { file, sheets } = await mutate(name, muts);
        const r = await bounded(runCheck([file, '--format', 'json']));
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
        const report = JSON.parse(r.stdout) as { findings: { location: { sheet?: string; cell?: string } }[] };
        for (const f of report.findings) {
          if (!f.location.sheet) continue;
          expect(sheets.has(f.location.sheet), f.location.sheet).toBe(true);
          if (f.location.cell) expect(within(f.location.cell, sheets.get(f.location.sheet)!), `${f.location.sheet}!${f.location.cell}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600000);

  it('truncated files and random bytes are unreadable input, never a crash', async () => {
    const bytes = readFileSync(fixture('sample-2024.xlsx'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: 0, max: bytes.length - 1 }).map((n) => bytes.subarray(0, n)), fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a))), async (data) => {
        const file = join(tempDir(), 'x.xlsx');
        writeFileSync(file, data);
        const r = await bounded(runCheck([file, '--format', 'json']));
        expect([0, 1, 2]).toContain(r.code);
        JSON.parse(r.stdout);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 600000);
});

describe('fuzz: mutated narratives', () => {
  it(`never crash, exit 0/1/2, and point only at paragraphs that exist (${RUNS} cases)`, async () => {
    const seed = readFileSync(fixture('narratives/seed-2024.txt'), 'utf8');
    const pieces = fc.oneof(fc.constantFrom('万元', '%', '%%', '其中：', '。', '，', '与2023年度相比，减少', '占', '共', '（', '）', '0', '.', '\t', '\n'), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 99999 }).map(String));
    const edit = fc.record({ at: fc.nat(seed.length), cut: fc.nat(30), insert: fc.array(pieces, { maxLength: 4 }).map((a) => a.join('')) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        let text = seed;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const file = join(tempDir(), 'n.txt');
        writeFileSync(file, text);
        const t0 = performance.now();
        const r = await bounded(runCheck([file, '--format', 'json']));
        // every narrative case is read in well under two seconds (the reader is linear in its text)
        expect(performance.now() - t0).toBeLessThan(2000);
        expect([0, 1, 2]).toContain(r.code);
        const report = JSON.parse(r.stdout) as { findings: { location: { paragraph?: number } }[] };
        const lines = text.split('\n').length;
        for (const f of report.findings) if (f.location.paragraph !== undefined) expect(f.location.paragraph).toBeLessThanOrEqual(lines);
      }),
      { numRuns: RUNS },
    );
  }, 600000);
});

describe('fuzz cases through a real child process', () => {
  it('end by themselves with 0, 1 or 2 and no stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = join(import.meta.dirname, '..', 'bin', 'fa-check.js');
    const samples = fc.sample(fc.tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 3 })), { numRuns: 5, seed: 2024 });
    for (const [name, muts] of samples) {
      const { file } = await mutate(name, muts);
      const r = spawnSync(process.execPath, [bin, file, '--format', 'json'], { encoding: 'utf8', timeout: 30000 });
      expect([0, 1, 2]).toContain(r.status);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  }, 120000);
});

describe('limits', () => {
  it('too many cells or sheets, too many paragraphs: exit 2 with the limit named', async () => {
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
  });

  it('a decompression bomb is refused with exit 2, the limit configurable', async () => {
    const { zipSync } = await import('fflate');
    const file = join(tempDir(), 'bomb.xlsx');
    writeFileSync(file, zipSync({ 'xl/workbook.xml': new Uint8Array(3 * 1024 * 1024) }));
    process.env.FA_MAX_UNCOMPRESSED_MB = '1';
    try {
      const r = await runCheck([file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/压缩炸弹/);
    } finally {
      delete process.env.FA_MAX_UNCOMPRESSED_MB;
    }
  });
});

describe('regressions found by the fuzz suite', () => {
  it('a code row whose label cell is empty still points at a real cell (was "12", without a column)', async () => {
    const { file, sheets } = await mutate('shanghai-style-2024.xlsx', [
      { kind: 'swap-header', sheet: 0, a: 3, b: 2 },
      { kind: 'delete-row', sheet: 0, row: 1 },
    ]);
    const r = await runCheck([file, '--format', 'json']);
    for (const f of (JSON.parse(r.stdout) as { findings: { location: { sheet?: string; cell?: string } }[] }).findings)
      if (f.location.sheet && f.location.cell) expect(within(f.location.cell, sheets.get(f.location.sheet)!), f.location.cell).toBe(true);
  });
});
