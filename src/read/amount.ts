// One cell → one exact Amount in 元, with the precision it was shown at.
import { Big, decimalsOf, decimalOfCell, show, normaliseDigits, parseAmountText, roundHalfUp, unitOf, ZERO } from '../model/decimal.js';
import { UNIT_FACTOR, type Amount, type MoneyUnit } from '../model/types.js';
import { address, type Grid, type GridCell } from './grid.js';

/** Decimals a unit is conventionally shown with; prose and General cells drop trailing zeros. */
export function defaultDecimals(unit: MoneyUnit): number {
  return unit === '元' ? 0 : 2;
}

export type CellProblem = { kind: 'formula-nocache' | 'error' | 'date' | 'not-number'; text: string; cell: string };

const halfSteps: Record<MoneyUnit, Big[]> = { 万元: [], 千元: [], 元: [] };
/** Decimal places from a shown unit to 分: 万元 → 6, 千元 → 5, 元 → 2. */
const FEN_PLACES: Record<MoneyUnit, number> = { 万元: 6, 千元: 5, 元: 2 };
const halfFens: Record<MoneyUnit, (bigint | undefined)[]> = { 万元: [], 千元: [], 元: [] };

/** Half the display step in 分, when it is a whole number of 分. */
function halfFen(unit: MoneyUnit, decimals: number): bigint | undefined {
  if (unit === '元') return 0n;
  const places = FEN_PLACES[unit] - decimals;
  if (places < 1) return undefined;
  return (halfFens[unit][decimals] ??= 10n ** BigInt(places) / 2n);
}

/** A plain decimal string ("-396.55") in a unit → 分, when whole. */
function fenOf(s: string, unit: MoneyUnit): bigint | undefined {
  const neg = s.startsWith('-');
  const [int, frac = ''] = (neg ? s.slice(1) : s).split('.');
  const places = FEN_PLACES[unit];
  if (frac.length > places || !/^\d+$/.test(int + frac)) return undefined;
  const v = BigInt(int + frac.padEnd(places, '0'));
  return neg ? -v : v;
}

export function halfStep(unit: MoneyUnit, decimals: number): Big {
  if (unit === '元') return ZERO; // amounts in 元 are exact
  return (halfSteps[unit][decimals] ??= unitOf(decimals).times(UNIT_FACTOR[unit]).div(2));
}

export function makeAmount(displayValue: Big, shown: string, unit: MoneyUnit, decimals: number, sheet: string, cell: string, label?: { code?: string; row?: string; column?: string }): Amount {
  return {
    value: unit === '元' || displayValue.eq(0) ? displayValue : displayValue.times(UNIT_FACTOR[unit]),
    shown,
    unit,
    decimals,
    half: halfStep(unit, decimals),
    fen: fenOf(show(displayValue), unit),
    halfFen: halfFen(unit, decimals),
    source: { sheet, cell, code: label?.code, row: label?.row, column: label?.column },
  };
}

const EXPONENT: Record<MoneyUnit, string> = { 万元: 'e4', 千元: 'e3', 元: '' };

function decimalsIn(n: number): number {
  const s = String(n);
  if (/e/i.test(s)) return decimalsOf(decimalOfCell(n));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** An amount read from a number cell: its displayed text is formatted only when a finding needs it. */
class StoredAmount implements Amount {
  constructor(
    readonly value: Big,
    private readonly from: GridCell,
    readonly unit: MoneyUnit,
    readonly decimals: number,
    readonly half: Big,
    readonly fen: bigint | undefined,
    readonly halfFen: bigint | undefined,
    readonly source: Amount['source'],
  ) {}
  get shown(): string {
    return this.from.text;
  }
}

/** A stored number shown at `decimals`: parsed once, straight into 元 (the hot path of large sheets). */
function storedAmount(n: number, decimals: number, from: GridCell, unit: MoneyUnit, sheet: string, cell: string, label?: { code?: string; row?: string; column?: string }): Amount {
  let value: Big;
  let fen: bigint | undefined;
  if (n === 0) {
    value = ZERO;
    fen = 0n;
  } else {
    const s = String(n);
    const dot = s.indexOf('.');
    const have = dot < 0 ? 0 : s.length - dot - 1;
    // no rounding needed: let the exponent do the unit conversion inside the one parse
    if (have <= decimals && s.indexOf('e') < 0) {
      value = new Big(unit === '元' ? s : s + EXPONENT[unit]);
      fen = fenOf(s, unit);
    } else {
      const shownValue = roundHalfUp(decimalOfCell(n), decimals);
      value = shownValue.times(UNIT_FACTOR[unit]);
      fen = fenOf(show(shownValue), unit);
    }
  }
  return new StoredAmount(value, from, unit, decimals, halfStep(unit, decimals), fen, halfFen(unit, decimals), { sheet, cell, code: label?.code, row: label?.row, column: label?.column });
}

export function readAmount(grid: Grid, r: number, c: number, unit: MoneyUnit, label?: { code?: string; row?: string; column?: string }): Amount | CellProblem {
  const cell = grid.cell(r, c);
  const at = address(r, c);
  const base = defaultDecimals(unit);
  if (!cell) return makeAmount(ZERO, '', unit, base, grid.sheet, at, label);
  switch (cell.kind) {
    case 'number': {
      // a zero is not a rounded figure: "0" in a 万元 table stands for 0.00, not for anything under 0.5
      const decimals = cell.num === 0 ? Math.max(cell.fmtDecimals ?? 0, base) : (cell.fmtDecimals ?? Math.max(decimalsIn(cell.num!), base));
      return storedAmount(cell.num!, decimals, cell, unit, grid.sheet, at, label);
    }
    case 'text': {
      const parsed = parseAmountText(cell.text);
      if (!parsed) return { kind: 'not-number', text: cell.text, cell: at };
      const decimals = parsed.dash ? base : Math.max(parsed.decimals, base);
      return makeAmount(parsed.value, normaliseDigits(cell.text) === '' ? '' : cell.text.trim(), unit, decimals, grid.sheet, at, label);
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
