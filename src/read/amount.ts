// One cell → one exact Amount in 元, with the precision it was shown at.
import { Big, normaliseDigits, parseAmountText, roundHalfUp, unitOf, decimalsOf, ZERO } from '../model/decimal.js';
import { UNIT_FACTOR, type Amount, type MoneyUnit } from '../model/types.js';
import { address, type Grid } from './grid.js';

/** Decimals a unit is conventionally shown with; prose and General cells drop trailing zeros. */
export function defaultDecimals(unit: MoneyUnit): number {
  return unit === '元' ? 0 : 2;
}

export type CellProblem = { kind: 'formula-nocache' | 'error' | 'date' | 'not-number'; text: string; cell: string };

export function halfStep(unit: MoneyUnit, decimals: number): Big {
  if (unit === '元') return ZERO; // amounts in 元 are exact
  return unitOf(decimals).times(UNIT_FACTOR[unit]).div(2);
}

export function makeAmount(displayValue: Big, shown: string, unit: MoneyUnit, decimals: number, sheet: string, cell: string): Amount {
  return {
    value: displayValue.times(UNIT_FACTOR[unit]),
    shown,
    unit,
    decimals,
    half: halfStep(unit, decimals),
    source: { sheet, cell },
  };
}

export function readAmount(grid: Grid, r: number, c: number, unit: MoneyUnit): Amount | CellProblem {
  const cell = grid.cell(r, c);
  const at = address(r, c);
  const base = defaultDecimals(unit);
  if (!cell) return makeAmount(ZERO, '', unit, base, grid.sheet, at);
  switch (cell.kind) {
    case 'number': {
      const decimals = cell.fmtDecimals ?? Math.max(decimalsOf(cell.num!), base);
      return makeAmount(roundHalfUp(cell.num!, decimals), cell.text, unit, decimals, grid.sheet, at);
    }
    case 'text': {
      const parsed = parseAmountText(cell.text);
      if (!parsed) return { kind: 'not-number', text: cell.text, cell: at };
      const decimals = parsed.dash ? base : Math.max(parsed.decimals, base);
      return makeAmount(parsed.value, normaliseDigits(cell.text) === '' ? '' : cell.text.trim(), unit, decimals, grid.sheet, at);
    }
    case 'formula-nocache':
      return { kind: 'formula-nocache', text: cell.formula ?? '', cell: at };
    case 'error':
      return { kind: 'error', text: cell.text, cell: at };
    case 'date':
      return { kind: 'date', text: cell.text, cell: at };
    default:
      return { kind: 'not-number', text: cell.text, cell: at };
  }
}

export function isProblem(x: Amount | CellProblem): x is CellProblem {
  return 'kind' in x;
}
