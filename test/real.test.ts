// The reader and the table rules on real published workbooks (../shared/real/, read from there: their
// figures stay there). The truth files are the expected values: no table error, no table warning, and
// each cent difference they list for the tables is a rounding note at its cell.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../src/data/tables.js';
import { checkWorkbook } from '../src/pipeline/check.js';
import { readWorkbook } from '../src/read/workbook.js';
import { tempDir } from './helpers.js';

const REAL = resolve(import.meta.dirname, '..', '..', 'shared', 'real');
const SHANGHAI = join(REAL, 'shanghai');
const BUDGET = join(REAL, 'budget');
const have = existsSync(SHANGHAI);

interface Truth {
  table_errors: unknown[];
  rounding: { id: string; scope: string; cells: { lhs: string } }[];
}

describe.skipIf(!have)('real workbooks (../shared/real)', () => {
  const books = have ? readdirSync(SHANGHAI).filter((f) => f.endsWith('.xlsx')) : [];
  for (const book of books) {
    it(`${book}: nine tables, no table error or warning, every rounding difference of its truth file a note at its cell`, async () => {
      const truth = JSON.parse(readFileSync(join(SHANGHAI, book.replace(/\.xlsx$/, '.truth.json')), 'utf8')) as Truth;
      const { report, findings } = await checkWorkbook(join(SHANGHAI, book), TABLES, undefined, undefined);
      expect(report.tables.map((t) => t.key).sort()).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
      expect(report.sheets?.every((s) => s.by === 'title')).toBe(true);
      expect(report.coverage?.skipped).toEqual([]);
      expect(truth.table_errors).toEqual([]);
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.location.sheet}!${f.location.cell}`)).toEqual([]);
      const rounding = truth.rounding.filter((r) => r.scope === 'tables');
      expect(rounding.length).toBeGreaterThan(0);
      for (const r of rounding) {
        const [sheet, cell] = r.cells.lhs.split('!');
        const note = findings.find((f) => f.severity === 'info' && /rounding$/.test(f.messageId ?? '') && f.location.sheet === sheet && f.location.cell === cell);
        expect(note, `${r.id}: a rounding note at ${sheet}!${cell}`).toBeDefined();
      }
    });
  }

  const budgets = existsSync(BUDGET) ? readdirSync(BUDGET).filter((f) => f.endsWith('.xlsx')) : [];
  for (const book of budgets) {
    it(`${book}: a budget workbook is refused by fa-check (exit 2, naming the kind) and by fa-render (nothing written)`, async () => {
      const res = await readWorkbook(join(BUDGET, book));
      expect(res.unreadable).toBe('budget');
      expect(res.model).toBeUndefined();
      const { runCheck } = await import('./helpers.js');
      const check = await runCheck([join(BUDGET, book)]);
      expect(check.code).toBe(2);
      expect(check.stdout).toContain('这是部门预算公开表，不是决算公开表');
      const { main } = await import('../src/cli/render.js');
      const out = join(tempDir(), '决算说明.docx');
      let stderr = '';
      const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), stdoutTTY: false, stderrTTY: false, env: {}, cwd: process.cwd() };
      expect(await main([join(BUDGET, book), '-o', out], io)).toBe(2);
      expect(stderr).toContain('这是部门预算公开表，不是决算公开表');
      expect(existsSync(out)).toBe(false);
    });
  }
});
