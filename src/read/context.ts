// What a layout reader needs besides the grid: the unit, and a place to put findings.
import type { Amount, Finding, MoneyUnit } from '../model/types.js';
import { isProblem, readAmount } from './amount.js';
import type { Grid } from './grid.js';

export class SheetContext {
  readonly findings: Finding[] = [];
  constructor(
    readonly file: string,
    readonly grid: Grid,
    readonly unit: MoneyUnit,
    readonly table: string,
  ) {}

  /** Read an amount; a cell that is not a number becomes a finding and `undefined`. */
  amount(r: number, c: number, rowLabel: { code?: string; name?: string }, column: string): Amount | undefined {
    const a = readAmount(this.grid, r, c, this.unit, rowLabel, column);
    if (!isProblem(a)) return a;
    const rule = a.kind === 'formula-nocache' ? 'read-formula-no-cache' : 'read-cell-not-number';
    this.findings.push({
      rule,
      severity: 'error',
      args: { text: a.text, column, kind: a.kind },
      location: { file: this.file, sheet: this.grid.sheet, cell: a.cell, table: this.table, code: rowLabel.code, name: rowLabel.name },
      stated: a.text,
    });
    return undefined;
  }

  /** Read an amount without a finding: undefined when the cell is not a number. */
  peek(r: number, c: number, rowLabel: { code?: string; name?: string }, column: string): Amount | undefined {
    const a = readAmount(this.grid, r, c, this.unit, rowLabel, column);
    return isProblem(a) ? undefined : a;
  }

  notice(rule: string, severity: Finding['severity'], args: Finding['args'], cell?: string, extra: Partial<Finding['location']> = {}): void {
    this.findings.push({ rule, severity, args, location: { file: this.file, sheet: this.grid.sheet, cell, table: this.table, ...extra } });
  }
}
