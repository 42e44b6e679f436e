// The model every stage shares: workbook tables with exact amounts, and findings.
import type Big from 'big.js';

export type MoneyUnit = '万元' | '千元' | '元';

/** Internal unit is 元; a table's display unit converts by this factor. */
export const UNIT_FACTOR: Record<MoneyUnit, number> = { 万元: 10000, 千元: 1000, 元: 1 };

export interface CellRef {
  sheet: string;
  /** A1-style address. */
  cell: string;
  /** The row's code and name, and the column's header, for messages. */
  code?: string;
  row?: string;
  column?: string;
}

export interface Amount {
  /** Exact value in 元. */
  value: Big;
  /** The cell's text as shown, without unit ("2,940.05", "-", ""). */
  shown: string;
  /** Display unit of the table the amount was read from. */
  unit: MoneyUnit;
  /** Decimals of the display ("0.00" format → 2). */
  decimals: number;
  /** Half the display step in 元: the value stands for [v − half, v + half). 0 when exact (元 tables). */
  half: Big;
  /** The value and half-step in 分 as exact integers, when whole: the fast path of large tables. */
  fen?: bigint;
  halfFen?: bigint;
  source: CellRef;
}

export type TableKey = string;

export interface Row {
  /** Excel row number (1-based). */
  line: number;
  /** Normalised classification code (3/5/7 digits), when the row has one. */
  code?: string;
  /** Row label or 科目名称 as printed. */
  name: string;
  /** Semantic key of a labelled row ("inc.total", "exp.class", "total", "personnel.total" …). */
  key?: string;
  /** Where the name (or code) was read. */
  labelCell?: string;
  /** Side-by-side group the row was printed in (T06: 0 for the left one), when the table has several. */
  group?: number;
  amounts: Record<string, Amount | undefined>;
}

export interface Column {
  role: string;
  /** 1-based column number. */
  col: number;
  label: string;
}

export interface Table {
  key: TableKey;
  /** Core tables T01–T09 take part in relations; extras are recognised only. */
  core: boolean;
  sheet: string;
  title: string;
  /** Printed id near the title ("公开01表"), when any. */
  printedId?: string;
  unit: MoneyUnit;
  /** Where the unit was read, or why it was assumed. */
  unitSource?: string;
  empty: boolean;
  columns: Column[];
  rows: Row[];
}

/** How one sheet was read: as which table and by what, or why it was not used. */
export interface SheetInfo {
  sheet: string;
  /** Table key it was read as. */
  table?: string;
  /** Recognised by its title, by the sheet's name (no title in it), or by its header signature. */
  by?: 'title' | 'sheet' | 'signature';
  /** The title text found in its top rows. */
  title?: string;
  /** Why it is not used: hidden, blank, no known title or header, a budget table, a header without a
   *  required column, the same cells as another sheet. */
  skipped?: 'hidden' | 'blank' | 'unknown' | 'budget' | 'header' | 'same';
  /** The table its title named, when its header lacked a required column. */
  tried?: string;
  /** Required columns not found (as they are usually headed). */
  missing?: string[];
  /** Header cells seen. */
  seen?: string[];
  /** The other sheet, when two sheets were read as one table (equal cells) or as two (different). */
  other?: string;
}

export type DocumentKind = 'final' | 'budget' | 'unknown';

export interface WorkbookModel {
  file: string;
  department?: string;
  year?: number;
  tables: Table[];
  unrecognised: string[];
  hidden: string[];
  /** 决算 (final accounts), 预算 (budget) or unknown, from the titles. */
  kind?: DocumentKind;
  /** Per sheet, in workbook order: how it was read. */
  sheets?: SheetInfo[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Location {
  file: string;
  sheet?: string;
  cell?: string;
  /** Table key (T05) when the finding is about a table. */
  table?: string;
  /** The row's code and name, for the reader. */
  code?: string;
  name?: string;
  section?: string;
  paragraph?: number;
  quote?: string;
}

export interface Related {
  sheet?: string;
  cell?: string;
  label: string;
  shown?: string;
}

/** One figure of a numeric relation, with its sign: the relation holds when Σ coef·value is 0 (within rounding). */
export interface Operand {
  sheet: string;
  cell: string;
  coef: 1 | -1;
  /** Exact value in 元, as a decimal string (findings cross worker threads as plain data). */
  value: string;
  shown: string;
  unit: MoneyUnit;
  decimals: number;
  code?: string;
  row?: string;
  column?: string;
}

/**
 * The relation behind a numeric finding: its operands, Σ coef·value (diff, in 元) and the rounding
 * bound (in 元) within which it holds: |diff| < bound for a sum; |diff| ≤ bound for an equality;
 * diff ≤ bound for "part ≤ whole".
 */
export interface RelationData {
  kind: 'sum' | 'equal' | 'leq';
  diff: string;
  bound: string;
  operands: Operand[];
}

/** A finding is data: the message is produced by the report stage from rule + args. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Message id inside the rule's messages (default "default"). */
  messageId?: string;
  args: Record<string, string | number>;
  location: Location;
  stated?: string;
  expected?: string;
  related?: Related[];
  /** The relation's operands, for numeric relations: what culprit-cell analysis reads. */
  relation?: RelationData;
  /** The group of findings that share a cell (rules/culprit.ts), by its id in the report. */
  group?: number;
}
