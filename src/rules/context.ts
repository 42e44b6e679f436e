// What a rule sees: the model (and last year's), and three ways to state a relation.
// Every numeric comparison goes through model/rounding.ts; rules never compare amounts themselves.
import { showAbs, showLike } from '../model/format.js';
import type { Dec } from '../model/decimal.js';
import { checkEqual, checkLeq, checkSum, type Term, type Verdict } from '../model/rounding.js';
import type { Amount, Finding, Related, Row, Severity, Table, WorkbookModel } from '../model/types.js';

export interface RuleOptions {
  /** Year-over-year change share (0.3 = 30%) above which a change is noted. */
  yoyThreshold?: number;
}

type Part = Amount | undefined | [Amount | undefined, 1 | -1];

function related(a: Amount): Related {
  const s = a.source;
  let label = s.code ?? '';
  if (s.row) label = label ? `${label} ${s.row}` : s.row;
  if (s.column) label = label ? `${label} ${s.column}` : s.column;
  return { sheet: s.sheet, cell: s.cell, label, shown: a.shown };
}

function where(a: Amount): Finding['args'] {
  return { sheet: a.source.sheet, cell: a.source.cell, row: a.source.row ?? '', column: a.source.column ?? '' };
}

export class RuleContext {
  readonly findings: Finding[] = [];
  rule = '';
  severity: Severity = 'error';

  constructor(
    readonly model: WorkbookModel,
    readonly prior: WorkbookModel | undefined,
    readonly options: RuleOptions = {},
  ) {}

  table(key: string, model: WorkbookModel | undefined = this.model): Table | undefined {
    return model?.tables.find((t) => t.key === key);
  }

  row(table: Table | undefined, key: string): Row | undefined {
    return table?.rows.find((r) => r.key === key);
  }

  rows(table: Table | undefined, key: string): Row[] {
    return table?.rows.filter((r) => r.key === key) ?? [];
  }

  /** The rows with a code (the same array for every rule of this run: tables do not change). */
  codeRows(table: Table | undefined): Row[] {
    if (!table) return [];
    let rows = this.coded.get(table);
    if (!rows) this.coded.set(table, (rows = table.rows.filter((r) => r.code)));
    return rows;
  }

  private readonly coded = new Map<Table, Row[]>();

  /** Amount columns of a code table (roles other than code, name and 行次). */
  amountRoles(table: Table): string[] {
    return table.columns.map((c) => c.role).filter((r) => !r.startsWith('code') && r !== 'name' && r !== 'line');
  }

  private push(f: Omit<Finding, 'rule'>): void {
    this.findings.push({ rule: this.rule, ...f });
  }

  /** total = Σ parts (a part may carry weight −1). Skipped when a cell could not be read. */
  sum(total: Amount | undefined, parts: Part[], extra: Finding['args'] = {}): void {
    if (!total) return;
    // fast paths, no allocation: a relation that holds exactly in whole 分 needs nothing more; in plain
    // numbers while every term is below 2^40 分 (a sum of fewer than 4096 stays exact)
    if (total.fenN !== undefined && parts.length < 4096) {
      let sum = 0;
      let small = true;
      for (const p of parts) {
        const amount = Array.isArray(p) ? p[0] : p;
        if (!amount) return;
        if (amount.fenN === undefined) {
          small = false;
          break;
        }
        sum += Array.isArray(p) && p[1] === -1 ? -amount.fenN : amount.fenN;
      }
      if (small && sum === total.fenN) return;
    }
    let whole = total.fen !== undefined;
    let expected = 0n;
    for (const p of parts) {
      const amount = Array.isArray(p) ? p[0] : p;
      if (!amount) return;
      if (!whole || amount.fen === undefined) whole = false;
      else expected += Array.isArray(p) && p[1] === -1 ? -amount.fen : amount.fen;
    }
    if (whole && expected === total.fen) return;
    const terms: Term[] = [];
    for (const p of parts) {
      const [amount, weight] = Array.isArray(p) ? p : [p, 1 as const];
      if (!amount) return;
      terms.push({ amount, weight });
    }
    const res = checkSum(total, terms);
    if (res.verdict === 'exact') return;
    this.push({
      severity: res.verdict === 'rounding' ? 'info' : this.severity,
      messageId: res.verdict === 'rounding' ? 'rounding' : 'sum',
      args: {
        ...where(total),
        ...extra,
        stated: total.shown,
        expected: showLike(res.expected, total),
        diff: showAbs(res.diff, total),
        bound: showAbs(res.bound, total, 3),
        n: terms.length,
      },
      location: { file: this.model.file, sheet: total.source.sheet, cell: total.source.cell, code: total.source.code, name: total.source.row },
      stated: total.shown,
      expected: showLike(res.expected, total),
      related: terms.map((t) => related(t.amount)),
    });
  }

  /** The same figure printed twice: `a` is reported, `b` is the reference. */
  equal(a: Amount | undefined, b: Amount | undefined, extra: Finding['args'] = {}): void {
    if (a && b) this.pair('equal', a, b, checkEqual(a, b), extra);
  }

  /** part ≤ whole; equality is never demanded. */
  leq(part: Amount | undefined, whole: Amount | undefined, extra: Finding['args'] = {}): void {
    if (part && whole) this.pair('leq', part, whole, checkLeq(part, whole), extra);
  }

  /** A finding about `a` compared with one other figure `b` (equal, or not above it). */
  private pair(kind: 'equal' | 'leq', a: Amount, b: Amount, res: { verdict: Verdict; diff: Dec }, extra: Finding['args']): void {
    if (res.verdict === 'exact') return;
    const expected = showLike(b.value, a);
    this.push({
      severity: res.verdict === 'rounding' ? 'info' : this.severity,
      messageId: res.verdict === 'rounding' ? `${kind}-rounding` : kind,
      args: { ...where(a), ...extra, stated: a.shown, expected, diff: showAbs(res.diff, a), otherSheet: b.source.sheet, otherCell: b.source.cell, otherShown: b.shown },
      location: { file: this.model.file, sheet: a.source.sheet, cell: a.source.cell, code: a.source.code, name: a.source.row },
      stated: a.shown,
      expected: kind === 'leq' ? `≤ ${expected}` : expected,
      related: [related(b)],
    });
  }

  /**
   * Class rows of a summary table (T01/T04, by name) restating the 类 rows of a code table:
   * each equal, and a non-zero class on one side only reported as missing from the other.
   */
  sameClasses(summary: Table, role: string, detail: Table, detailRole: string, both = false): void {
    const detailClasses = this.codeRows(detail).filter((r) => r.code!.length === 3);
    const summaryClasses = this.rows(summary, 'exp.class');
    const missing = (t: Table, r: Row, a: Amount | undefined, other: Table) => {
      if (a && !a.value.eq(0)) this.report('missing-class', { code: r.code!, name: r.name, other: other.sheet }, { sheet: t.sheet, cell: a.source.cell, code: r.code, name: r.name });
    };
    for (const r of summaryClasses) {
      const other = detailClasses.find((c) => c.code === r.code);
      if (other) this.equal(r.amounts[role], other.amounts[detailRole]);
      else missing(summary, r, r.amounts[role], detail);
    }
    if (!both) return;
    const codes = new Set(summaryClasses.map((r) => r.code));
    for (const c of detailClasses) if (!codes.has(c.code)) missing(detail, c, c.amounts[detailRole], summary);
  }

  /** A finding that is not a numeric relation. */
  report(messageId: string, args: Finding['args'], at: { sheet?: string; cell?: string; code?: string; name?: string; table?: string }, severity: Severity = this.severity, extra: Partial<Finding> = {}): void {
    this.push({ severity, messageId, args, location: { file: this.model.file, ...at }, ...extra });
  }
}
