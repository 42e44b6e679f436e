// The culprit on the layout generator's one-cell faults (test/tools/variants.ts): wherever a row
// relation and a column relation both fail through the changed cell, it is the one suspect; a
// single suspect is never another cell.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../src/data/tables.js';
import type { Finding } from '../src/model/types.js';
import { checkWorkbook } from '../src/pipeline/check.js';
import { combinations, generate, VARIANT_FIGURES, withFault } from './tools/variants.js';
import { tempDir } from './helpers.js';

const dir = tempDir();
let n = 0;

/** How a failing relation passes through a cell: along its row, down its column, or neither. */
function through(f: Finding, sheet: string, cell: string): 'row' | 'column' | undefined {
  const ops = f.relation?.operands ?? [];
  if (!ops.some((o) => o.sheet === sheet && o.cell === cell) || ops.some((o) => o.sheet !== sheet)) return undefined;
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
  if (ops.every((o) => o.cell.replace(/^[A-Z]+/, '') === row)) return 'row';
  if (ops.every((o) => o.cell.replace(/\d+$/, '') === col)) return 'column';
  return undefined;
}

const COMBOS = combinations({ resave: false });

describe('culprits of the layout generator’s one-cell faults', () => {
  // a third of the combinations (all of them with FA_ALL_VARIANTS=1), every fault of each
  for (const [i, features] of COMBOS.entries()) {
    if (i % 3 !== 0 && !process.env.FA_ALL_VARIANTS) continue;
    it(`combination #${i}`, async () => {
      const g = await generate(VARIANT_FIGURES, features);
      let decided = 0;
      for (const fault of g.faults) {
        const file = join(dir, `f${n++}.xlsx`);
        writeFileSync(file, await withFault(g.buffer, fault, g.features));
        const res = await checkWorkbook(file, TABLES, undefined, undefined);
        const here = `${fault.sheet}!${fault.cell}`;
        for (const grp of res.groups.filter((x) => x.suspects.length === 1)) expect(`${grp.suspects[0].sheet}!${grp.suspects[0].cell}`, `${fault.what} at ${here}`).toBe(here);
        const failing = res.findings.filter((f) => f.severity === 'error' && f.relation);
        const ways = new Set(failing.map((f) => through(f, fault.sheet, fault.cell)));
        if (!ways.has('row') || !ways.has('column')) continue;
        const member = failing.find((f) => through(f, fault.sheet, fault.cell));
        const grp = res.groups.find((x) => x.id === member?.group);
        expect(grp?.suspects.map((s) => `${s.sheet}!${s.cell}`), `${fault.what} at ${here}`).toEqual([here]);
        decided++;
      }
      if (process.env.FA_ALL_VARIANTS) console.log(`#${i}: ${g.faults.length} faults, ${decided} through a failing row and a failing column`);
      expect(decided).toBeGreaterThan(0);
    }, 180_000);
  }
});
