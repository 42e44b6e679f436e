// One cell → one exact Amount in 元, with the precision it was shown at.
import { Big, decimalsOf, decimalOfCell, show, normaliseDigits, parseAmountText, roundHalfUp, unitOf, ZERO } from '../model/decimal.js';
import { UNIT_FACTOR, type Amount, type MoneyUnit } from '../model/types.js';
import { address, display, type Grid } from './grid.js';

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

/** 分 as a number when small enough for exact sums of a few thousand terms. */
function smallFen(fen: bigint | undefined): number | undefined {
  return fen !== undefined && fen < SMALL && fen > -SMALL ? Number(fen) : undefined;
}

const SMALL = 2n ** 40n;

export function makeAmount(displayValue: Big, shown: string, unit: MoneyUnit, decimals: number, sheet: string, cell: string, label?: { code?: string; row?: string; column?: string }): Amount {
  const fen = fenOf(show(displayValue), unit);
  return {
    fenN: smallFen(fen),
    value: unit === '元' || displayValue.eq(0) ? displayValue : displayValue.times(UNIT_FACTOR[unit]),
    shown,
    unit,
    decimals,
    half: halfStep(unit, decimals),
    fen,
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


/**
 * An amount read from a number cell or a blank one (the hot path of large sheets): its 分 are
 * computed at once, since every relation's fast path needs them; its exact value, displayed text and
 * source are made only when a rule or a finding asks (most cells of a correct table never are).
 */
class CellAmount implements Amount {
  private exact?: Big;
  private where?: Amount['source'];
  private wholeFen?: bigint | null;
  private text?: string;
  constructor(
    private readonly n: number,
    /** How the cell shows the number (its format's decimals, grouping); blank when there is no cell. */
    private readonly fmt: number | undefined,
    private readonly grouping: boolean | undefined,
    private readonly r: number,
    private readonly c: number,
    readonly unit: MoneyUnit,
    readonly decimals: number,
    readonly half: Big,
    readonly halfFen: bigint | undefined,
    private readonly sheet: string,
    private readonly row: RowLabel | undefined,
    private readonly column: string | undefined,
    readonly fenN: number | undefined,
  ) {}
  get value(): Big {
    return (this.exact ??= exactValue(this.n, this.decimals, this.unit));
  }
  get fen(): bigint | undefined {
    if (this.wholeFen === undefined) this.wholeFen = this.fenN !== undefined ? BigInt(this.fenN) : (fenOfNumber(this.n, this.decimals, this.unit) ?? null);
    return this.wholeFen ?? undefined;
  }
  get shown(): string {
    // the cell's own text, made again from the number (the reader's cells are not kept by the model),
    // once: a finding's messages and cell lists ask for it several times
    return (this.text ??= this.grouping === undefined ? '' : display(this.n, this.fmt, this.grouping));
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

/**
 * 分 of a number shown at `decimals`, as a plain number below 2^40 (the hot path: no string, no
 * BigInt): n has at most `decimals` places when the decimal k / 10^decimals rounds to n (IEEE division
 * rounds correctly, and below 1e9 two such decimals never share a double).
 */
function smallFenOfNumber(n: number, decimals: number, unit: MoneyUnit): number | undefined {
  if (n === 0) return 0;
  const places = FEN_PLACES[unit];
  if (!(Math.abs(n) < 1e9)) return undefined;
  // shown to more places than 分 (元 at 0.0001): whole 分 only when the number has no more places
  const d = Math.min(decimals, places);
  const scale = POW10[d];
  const k = Math.round(n * scale);
  if (k / scale !== n) return undefined;
  const fen = k * POW10[places - d];
  return fen < SMALL_N && fen > -SMALL_N ? fen : undefined;
}

const SMALL_N = 2 ** 40;

/** 分 of a number shown at `decimals`, through its decimal string (the path of the rare numbers the one above leaves). */
function fenOfNumber(n: number, decimals: number, unit: MoneyUnit): bigint | undefined {
  if (n === 0) return 0n;
  const s = String(n);
  const dot = s.indexOf('.');
  const have = dot < 0 ? 0 : s.length - dot - 1;
  if (have <= decimals && s.indexOf('e') < 0) return fenOf(s, unit);
  return fenOf(show(roundHalfUp(decimalOfCell(n), decimals)), unit);
}

export function readAmount(grid: Grid, r: number, c: number, unit: MoneyUnit, row?: RowLabel, column?: string): Amount | CellProblem {
  const cell = grid.cell(r, c);
  const base = defaultDecimals(unit);
  if (!cell) return new CellAmount(0, undefined, undefined, r, c, unit, base, halfStep(unit, base), halfFen(unit, base), grid.sheet, row, column, 0);
  if (cell.kind === 'number') {
    const n = cell.num!;
    // a zero is not a rounded figure: "0" in a 万元 table stands for 0.00, not for anything under 0.5
    const decimals = n === 0 ? Math.max(cell.fmtDecimals ?? 0, base) : (cell.fmtDecimals ?? Math.max(decimalsIn(n), base));
    return new CellAmount(n, cell.fmtDecimals, cell.grouping ?? false, r, c, unit, decimals, halfStep(unit, decimals), halfFen(unit, decimals), grid.sheet, row, column, smallFenOfNumber(n, decimals, unit));
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
