// For each rule: a fixture variant that breaks its relation. The rule must fire at the right
// cell with the right stated/expected, and every error-level finding must involve a changed cell.
import { describe, expect, it } from 'vitest';
import { CASES } from './cases.js';
import { checkJson, fixture, variant, type JsonReport } from './helpers.js';

const SAMPLE = 'sample-2024.xlsx';


function involves(f: JsonReport['findings'][number], changed: Set<string>): boolean {
  if (changed.has(`${f.location.sheet}!${f.location.cell}`)) return true;
  return (f.related ?? []).some((r) => changed.has(`${r.sheet}!${r.cell}`));
}

describe('each rule fires at the cell whose relation is broken', () => {
  it('the unchanged fixture has no error or warning', async () => {
    const { code, report } = await checkJson([fixture(SAMPLE)]);
    expect(code).toBe(0);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.rule}: ${c.name}`, async () => {
      const file = await variant(SAMPLE, c.edits);
      const args = [file];
      if (c.prior) args.push('--prior', await variant('sample-2023.xlsx', c.prior));
      const { code, report } = await checkJson(args);
      const hit = report.findings.find((f) => f.rule === c.rule && f.location.sheet === c.at[0] && f.location.cell === c.at[1]);
      expect(hit, JSON.stringify(report.findings.filter((f) => f.severity !== 'info'), null, 1)).toBeDefined();
      expect(hit!.severity).toBe(c.severity ?? 'error');
      if (c.stated !== undefined) expect(hit!.stated).toBe(c.stated);
      if (c.expected !== undefined) expect(hit!.expected).toBe(c.expected);
      const changed = new Set(Object.entries(c.edits).flatMap(([s, cells]) => Object.keys(cells).map((k) => `${s}!${k}`)));
      const unrelated = report.findings.filter((f) => f.severity === 'error' && !involves(f, changed));
      expect(unrelated).toEqual([]);
      expect(code).toBe((c.severity ?? 'error') === 'error' ? 1 : 0);
    });
  }
});
