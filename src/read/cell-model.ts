// exceljs's parsed cell models (after its reconcile), read as its Cell objects would show them:
// the package loader hands these to the grid without building exceljs's rows and cells (on a large
// sheet most of a load's objects, made only to be read once and dropped).

export interface CellModel {
  address?: string;
  type?: number;
  value?: unknown;
  result?: unknown;
  formula?: string;
  sharedFormula?: string;
  ref?: string;
  shareType?: string;
  text?: unknown;
  hyperlink?: unknown;
  rawValue?: unknown;
  style?: { numFmt?: string };
}

export interface RowModel {
  number?: number;
  cells?: CellModel[];
}

// exceljs's ValueType
const MERGE = 1;
const HYPERLINK = 5;
const FORMULA = 6;
const LAST_TYPE = 11;

/** A model exceljs would refuse to make a cell of (its Value.create throws on an unknown type). */
export const knownType = (m: CellModel) => m.type === undefined || (Number.isInteger(m.type) && m.type >= 0 && m.type < LAST_TYPE);

/** exceljs skips merge placeholders when it builds a row: the merge itself makes those cells. */
export const isMergePlaceholder = (m: CellModel) => m.type === MERGE;

/** What exceljs's `cell.value` returns for this model (its Value classes' getters). */
export function cellValue(m: CellModel): unknown {
  switch (m.type) {
    case undefined:
      // exceljs's table of value classes has its JSON value under no type: a model without one is read as that
      return m.rawValue;
    case 0:
      return null;
    case HYPERLINK:
      return { text: m.text, hyperlink: m.hyperlink };
    case FORMULA: {
      // exceljs copies only the fields that are truthy (a cached result of 0 is dropped)
      const v: Record<string, unknown> = {};
      for (const k of ['formula', 'result', 'ref', 'shareType', 'sharedFormula'] as const) if (m[k]) v[k] = m[k];
      return v;
    }
    default:
      return m.value;
  }
}

/** The column of an A1 address (the loader has checked it: letters, then digits). */
export function columnOfAddress(address: string): number {
  let c = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + ch - 64;
  }
  return c;
}
