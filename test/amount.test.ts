// The reader's fast path for number cells (分 from the float, without a string) agrees with the exact
// decimal path on every number, shown at any precision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Big } from '../src/model/decimal.js';
import { readAmount } from '../src/read/amount.js';
import type { Grid, GridCell } from '../src/read/grid.js';
import type { Amount, MoneyUnit } from '../src/model/types.js';

function gridOf(n: number, fmtDecimals?: number): Grid {
  const cell = { r: 1, c: 1, address: 'A1', kind: 'number', num: n, fmtDecimals, text: String(n), clean: String(n) } as GridCell;
  return { sheet: 'S', hidden: false, maxRow: 1, maxCol: 1, cell: (r, c) => (r === 1 && c === 1 ? cell : undefined), spanText: () => '', spanClean: () => '', masterOf: () => undefined };
}

/** 分 of the number as displayed, through exact decimals only. */
function exactFen(n: number, decimals: number, unit: MoneyUnit): bigint | undefined {
  const shown = new Big(String(n)).round(decimals, 1);
  const fen = shown.times(unit === '万元' ? 1_000_000 : unit === '千元' ? 100_000 : 100);
  return fen.eq(fen.round(0, 0)) ? BigInt(fen.toFixed(0)) : undefined;
}

describe('amounts of number cells', () => {
  it('分 (as BigInt and as a plain number) equal the exact decimal computation', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e11, max: 1e11 }).map((k) => k / 100), fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1e4), fc.double({ min: -1e10, max: 1e10, noNaN: true })),
        fc.constantFrom<MoneyUnit>('万元', '元', '千元'),
        fc.constantFrom(undefined, 0, 2, 4),
        (n, unit, fmt) => {
          const a = readAmount(gridOf(n, fmt), 1, 1, unit) as Amount;
          const expected = exactFen(n, a.decimals, unit);
          expect(a.fen).toBe(expected);
          if (a.fenN !== undefined) expect(BigInt(a.fenN)).toBe(expected);
          if (expected !== undefined) expect(a.value.eq(new Big(expected.toString()).div(100))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
