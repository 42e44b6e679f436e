// The reader on every layout feature, combined independently (test/tools/variants.ts): each
// combination reads all nine tables with no error or warning (rounding notes are info), the figures
// it reads are the ones written, and each one-cell fault is an error at that cell.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../src/data/tables.js';
import type { Finding, WorkbookModel } from '../src/model/types.js';
import { checkWorkbook } from '../src/pipeline/check.js';
import { combinations, effective, FEATURE_VALUES, generate, hasSoffice, VARIANT_FIGURES, withFault, type Fault, type Features } from './tools/variants.js';
import { tempDir } from './helpers.js';

const dir = tempDir();
let n = 0;
async function check(buffer: Buffer): Promise<{ findings: Finding[]; model: WorkbookModel; tables: string[] }> {
  const file = join(dir, `v${n++}.xlsx`);
  writeFileSync(file, buffer);
  const res = await checkWorkbook(file, TABLES, undefined, undefined);
  return { findings: res.findings, model: res.model!, tables: res.report.tables.map((t) => t.key) };
}

const isRounding = (f: Finding) => f.severity === 'info' && /rounding$/.test(f.messageId ?? '');
const label = (f: Features) =>
  (Object.keys(FEATURE_VALUES) as (keyof Features)[])
    .filter((k) => f[k] !== FEATURE_VALUES[k][0])
    .map((k) => `${k}=${String(f[k])}`)
    .join(' ') || 'first values';

/** A figure of the variant figures as the reader must see it: rounded to 0.01 万元 one cell at a time, or exact in 元. */
const shown = (f: Features, yuan: number) => (f.unit === '元' ? yuan : Math.sign(yuan) * Math.floor((Math.abs(yuan) + 50) / 100) * 100);

const COMBOS = combinations({ resave: false });
for (const f of COMBOS) if (effective(f) !== f) throw new Error('a combination the generator would change');
// the LibreOffice re-save is slow: two combinations get it, when soffice is here
const RESAVED = hasSoffice() ? COMBOS.slice(0, 2).map((f) => ({ ...f, resave: true })) : [];

describe('layout variants', () => {
  it('cover every pair of feature values', () => {
    for (const [a, va] of Object.entries(FEATURE_VALUES))
      for (const [b, vb] of Object.entries(FEATURE_VALUES)) {
        if (a >= b || a === 'resave' || b === 'resave') continue;
        for (const x of va)
          for (const y of vb) {
            // the 合计 row on the 类|款|项 row needs split codes and no 栏次 row
            if ((a === 'total' && x === 'label-row' && ((b === 'codes' && y === 'single') || (b === 'lineNumbers' && y))) || (b === 'total' && y === 'label-row' && ((a === 'codes' && x === 'single') || (a === 'lineNumbers' && x)))) continue;
            expect(COMBOS.some((f) => f[a as keyof Features] === x && f[b as keyof Features] === y), `${a}=${x} with ${b}=${y}`).toBe(true);
          }
      }
  });

  for (const [i, features] of [...COMBOS, ...RESAVED].entries()) {
    it(`#${i} ${label(effective(features))}: nine tables, no error or warning, the figures as written; each fault an error at its cell`, async () => {
      const g = await generate(VARIANT_FIGURES, features);
      const f = g.features;
      const { findings, model, tables } = await check(g.buffer);
      expect(tables.sort()).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
      expect(findings.filter((x) => x.severity !== 'info').map((x) => `${x.rule} ${x.location.sheet ?? ''}!${x.location.cell ?? ''} ${JSON.stringify(x.args)}`)).toEqual([]);
      expect(findings.filter((x) => x.severity === 'info' && !isRounding(x)).every((x) => ['unknown-code', 'read-sheet-hidden'].includes(x.rule))).toBe(true);
      expect(model.department).toBe(VARIANT_FIGURES.department);

      // the figures read are the figures written
      const t = (key: string) => model.tables.find((x) => x.key === key)!;
      const value = (key: string, row: (r: WorkbookModel['tables'][number]['rows'][number]) => boolean, role: string) => Number(t(key).rows.find(row)?.amounts[role]?.value.toFixed());
      const items = VARIANT_FIGURES.items;
      const gpb = items.reduce((s, x) => s + x.gpbBasic + x.gpbProject, 0);
      expect(value('T05', (r) => r.key === 'total', 'total')).toBe(shown(f, gpb));
      expect(value('T03', (r) => r.code === '2070109', 'project')).toBe(shown(f, items.find((x) => x.code === '2070109')!.project));
      expect(value('T01', (r) => r.key === 'inc.grand', 'amount')).toBe(shown(f, gpb + items.reduce((s, x) => s + x.otherIncome, 0) + VARIANT_FIGURES.opening));
      expect(value('T04', (r) => r.key === 'opening.gpb', 'amount')).toBe(shown(f, VARIANT_FIGURES.fiscalOpening));
      expect(value('T06', (r) => r.key === 'personnel.total', 'amount')).toBe(shown(f, VARIANT_FIGURES.personnel.reduce((s, x) => s + x.amount, 0)));
      expect(value('T06', (r) => r.code === '30217', 'amount')).toBe(shown(f, 18_233));
      expect(new Set(t('T06').rows.filter((r) => r.code).map((r) => r.group))).toEqual(new Set([0, 1])); // two side-by-side groups
      expect(value('T07', (r) => r.key === 'data', 'actual.reception')).toBe(shown(f, VARIANT_FIGURES.sanGong.actual.reception));
      expect(t('T08').empty && t('T09').empty).toBe(f.notes);

      // one-cell faults: every third kind of fault on each combination (all kinds occur across them)
      const faults = g.faults.filter((_, k) => k % 3 === i % 3);
      expect(new Set(g.faults.map((x) => x.table))).toEqual(new Set(['T01', 'T03', 'T04', 'T05', 'T06', 'T07']));
      for (const fault of faults) {
        const errors = (await check(await withFault(g.buffer, fault, f))).findings.filter((x) => x.severity === 'error');
        const at = (x: Finding) => (x.location.sheet === fault.sheet && x.location.cell === fault.cell) || (x.related ?? []).some((r) => r.sheet === fault.sheet && r.cell === fault.cell);
        expect(errors.some(at), `${describeFault(fault)}: ${errors.map((x) => `${x.rule}@${x.location.cell}`).join(' ') || 'no error'}`).toBe(true);
      }
    }, 120_000);
  }
});

function describeFault(f: Fault): string {
  return `${f.table} ${f.sheet}!${f.cell} (${f.what}) ${f.yuan} → ${f.faulty} 元`;
}
