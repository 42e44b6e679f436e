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

type Label = { code?: string; row?: string; column?: string };
/** The row an amount is on (shared by the amounts of that row). */
export type RowLabel = { code?: string; name?: string };

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/** Places from a unit to 分 as a float factor, for the fast path below. */
const FEN_FACTOR: Record<MoneyUnit, number> = { 万元: 1e6, 千元: 1e5, 元: 1e2 };

/**
 * An amount read from a number cell or a blank one (the hot path of large sheets): its 分 are
 * computed at once, since every relation's fast path needs them; its exact value, displayed text and
 * source are made only when a rule or a finding asks (most cells of a correct table never are).
 */
class CellAmount implements Amount {
  private exact?: Big;
  private where?: Amount['source'];
  constructor(
    private readonly n: number,
    private readonly from: GridCell | undefined,
    private readonly r: number,
    private readonly c: number,
    readonly unit: MoneyUnit,
    readonly decimals: number,
    readonly half: Big,
    readonly fen: bigint | undefined,
    readonly halfFen: bigint | undefined,
    private readonly sheet: string,
    private readonly row: RowLabel | undefined,
    private readonly column: string | undefined,
  ) {}
  get value(): Big {
    return (this.exact ??= exactValue(this.n, this.decimals, this.unit));
  }
  get shown(): string {
    return this.from ? this.from.text : '';
  }
  get source(): Amount['source'] {
    return (this.where ??= { sheet: this.sheet, cell: address(this.r, this.c), code: this.row?.code, row: this.row?.name, column: this.column });
  }
}

/** The number as shown at `decimals`, in 元, exactly (through its shortest decimal string). */
function exactValue(n: number, decimals: number, unit: MoneyUnit): Big {
  if (n === 0) return ZERO;
  const s = String(n);
  const dot = s.indexOf('.');
  const have = dot < 0 ? 0 : s.length - dot - 1;
  // no rounding needed: let the exponent do the unit conversion inside the one parse
  if (have <= decimals && s.indexOf('e') < 0) return new Big(unit === '元' ? s : s + EXPONENT[unit]);
  return roundHalfUp(decimalOfCell(n), decimals).times(UNIT_FACTOR[unit]);
}

/** 分 of a number shown at `decimals`: exact through the float product while it is a safe integer. */
function fenOfNumber(n: number, decimals: number, unit: MoneyUnit): bigint | undefined {
  if (n === 0) return 0n;
  const places = FEN_PLACES[unit];
  if (decimals > places) return undefined;
  // without a string: n has at most `decimals` places when the decimal k / 10^decimals rounds to n
  // (IEEE division rounds correctly, and below 1e9 two such decimals never share a double)
  const scale = POW10[decimals];
  const k = Math.round(n * scale);
  if (Math.abs(n) < 1e9 && k / scale === n) return BigInt(k * POW10[places - decimals]);
  const s = String(n);
  const dot = s.indexOf('.');
  const have = dot < 0 ? 0 : s.length - dot - 1;
  if (have <= decimals && s.indexOf('e') < 0) {
    const f = n * FEN_FACTOR[unit];
    // the exact product of a number of ≤ `decimals` places and 10^places is an integer; well below 2^53
    // (errors of the representation and the product under 0.1) the float product rounds to it
    if (Math.abs(f) < 2 ** 48) return BigInt(Math.round(f));
    return fenOf(s, unit);
  }
  return fenOf(show(roundHalfUp(decimalOfCell(n), decimals)), unit);
}

export function readAmount(grid: Grid, r: number, c: number, unit: MoneyUnit, row?: RowLabel, column?: string): Amount | CellProblem {
  const cell = grid.cell(r, c);
  const base = defaultDecimals(unit);
  if (!cell) return new CellAmount(0, undefined, r, c, unit, base, halfStep(unit, base), 0n, halfFen(unit, base), grid.sheet, row, column);
  if (cell.kind === 'number') {
    const n = cell.num!;
    // a zero is not a rounded figure: "0" in a 万元 table stands for 0.00, not for anything under 0.5
    const decimals = n === 0 ? Math.max(cell.fmtDecimals ?? 0, base) : (cell.fmtDecimals ?? Math.max(decimalsIn(n), base));
    return new CellAmount(n, cell, r, c, unit, decimals, halfStep(unit, decimals), fenOfNumber(n, decimals, unit), halfFen(unit, decimals), grid.sheet, row, column);
  }
  const at = address(r, c);
  const label: Label = { code: row?.code, row: row?.name, column };
  switch (cell.kind) {
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
