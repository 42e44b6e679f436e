// What a rule sees: the model (and last year's), and three ways to state a relation.
// Every numeric comparison goes through model/rounding.ts; rules never compare amounts themselves.
import { showAbs, showDiff, showRelation } from '../model/format.js';
import type { Dec } from '../model/decimal.js';
import { checkEqual, checkLeq, checkSum, step, type Term, type Verdict } from '../model/rounding.js';
import type { Amount, Finding, Operand, Related, RelationData, Row, Severity, Table, WorkbookModel } from '../model/types.js';

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

/** An enumerable property made on first read (and then kept); assigning replaces it. */
function lazily<K extends 'related' | 'relation'>(o: Finding, key: K, make: () => Finding[K]): void {
  const settle = (value: Finding[K]) => {
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(o, key, { enumerable: true, configurable: true, get: () => settle(make()), set: settle });
}

function operand(a: Amount, coef: 1 | -1): Operand {
  const s = a.source;
  return { sheet: s.sheet, cell: s.cell, coef, value: a.value.toFixed(), shown: a.shown, unit: a.unit, decimals: a.decimals, code: s.code, row: s.row, column: s.column };
}

/** A relation seen while watching cells (rules/culprit.ts): its data and whether it held. */
export interface Observed extends RelationData {
  verdict: Verdict;
}

function where(a: Amount): Finding['args'] {
  return { sheet: a.source.sheet, cell: a.source.cell, row: a.source.row ?? '', column: a.source.column ?? '' };
}

export class RuleContext {
  readonly findings: Finding[] = [];
  rule = '';
  severity: Severity = 'error';
  /**
   * Set for a second, watching pass: relations touching these cells ("sheet!cell") are collected in
   * `observed` (whatever their verdict) and no findings are made.
   */
  watch?: Set<string>;
  readonly observed: Observed[] = [];

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

  /**
   * A finding whose cell lists (related, relation) are made when first read: a rounding note of a
   * large table names dozens of cells, and most notes are never shown with them (text report, the cap).
   * The properties are enumerable, in the same order as a plain finding's: JSON, spreads and a
   * worker's structured clone read them like any other.
   */
  private pushLazy(f: Omit<Finding, 'rule' | 'related' | 'relation'>, related: () => Related[], relation: () => RelationData): void {
    const finding = { rule: this.rule, ...f } as Finding;
    lazily(finding, 'related', related);
    lazily(finding, 'relation', relation);
    this.findings.push(finding);
  }

  /** total = Σ parts (a part may carry weight −1). Skipped when a cell could not be read. */
  sum(total: Amount | undefined, parts: Part[], extra: Finding['args'] = {}): void {
    if (!total) return;
    if (this.watch) return this.observeSum(total, parts);
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
    const figures = terms.map((t) => t.amount);
    const computed = showRelation(res.expected, total, figures);
    this.pushLazy({
      severity: res.verdict === 'rounding' ? 'info' : this.severity,
      messageId: res.verdict === 'rounding' ? 'rounding' : 'sum',
      args: {
        ...where(total),
        ...extra,
        stated: total.shown,
        expected: computed,
        diff: showDiff(res.diff, total, figures),
        bound: showAbs(res.bound, total, 3),
        n: terms.length,
      },
      location: { file: this.model.file, sheet: total.source.sheet, cell: total.source.cell, code: total.source.code, name: total.source.row },
      stated: total.shown,
      expected: computed,
    }, () => terms.map((t) => related(t.amount)), () => ({ kind: 'sum', diff: res.diff.toFixed(), bound: res.bound.toFixed(), operands: [operand(total, 1), ...terms.map((t) => operand(t.amount, t.weight === 1 ? -1 : 1))] }));
  }

  private watched(amounts: Amount[]): boolean {
    return amounts.some((a) => this.watch!.has(`${a.source.sheet}!${a.source.cell}`));
  }

  private observeSum(total: Amount, parts: Part[]): void {
    const terms: Term[] = [];
    for (const p of parts) {
      const [amount, weight] = Array.isArray(p) ? p : [p, 1 as const];
      if (!amount) return;
      terms.push({ amount, weight });
    }
    if (!this.watched([total, ...terms.map((t) => t.amount)])) return;
    const res = checkSum(total, terms);
    // an exact relation has no difference; its bound is still needed to test a corrected cell
    let bound = total.half;
    for (const t of terms) bound = bound.plus(t.amount.half);
    this.observed.push({ kind: 'sum', verdict: res.verdict, diff: res.verdict === 'exact' ? '0' : res.diff.toFixed(), bound: bound.toFixed(), operands: [operand(total, 1), ...terms.map((t) => operand(t.amount, t.weight === 1 ? -1 : 1))] });
  }

  private observePair(kind: 'equal' | 'leq', a: Amount, b: Amount, verdict: Verdict): void {
    if (!this.watched([a, b])) return;
    const unit = step(a).gt(step(b)) ? step(a) : step(b);
    this.observed.push({ kind, verdict, diff: a.value.minus(b.value).toFixed(), bound: unit.toFixed(), operands: [operand(a, 1), operand(b, -1)] });
  }

  /** The same figure printed twice: `a` is reported, `b` is the reference. */
  equal(a: Amount | undefined, b: Amount | undefined, extra: Finding['args'] = {}): void {
    if (!a || !b) return;
    if (this.watch) this.observePair('equal', a, b, checkEqual(a, b).verdict);
    else this.pair('equal', a, b, checkEqual(a, b), extra);
  }

  /** part ≤ whole; equality is never demanded. */
  leq(part: Amount | undefined, whole: Amount | undefined, extra: Finding['args'] = {}): void {
    if (!part || !whole) return;
    if (this.watch) this.observePair('leq', part, whole, checkLeq(part, whole).verdict);
    else this.pair('leq', part, whole, checkLeq(part, whole), extra);
  }

  /** A finding about `a` compared with one other figure `b` (equal, or not above it). */
  private pair(kind: 'equal' | 'leq', a: Amount, b: Amount, res: { verdict: Verdict; diff: Dec }, extra: Finding['args']): void {
    if (res.verdict === 'exact') return;
    const expected = showRelation(b.value, a, [b]);
    this.push({
      severity: res.verdict === 'rounding' ? 'info' : this.severity,
      messageId: res.verdict === 'rounding' ? `${kind}-rounding` : kind,
      args: { ...where(a), ...extra, stated: a.shown, expected, diff: showDiff(res.diff, a, [b]), otherSheet: b.source.sheet, otherCell: b.source.cell, otherShown: b.shown },
      location: { file: this.model.file, sheet: a.source.sheet, cell: a.source.cell, code: a.source.code, name: a.source.row },
      stated: a.shown,
      expected: kind === 'leq' ? `≤ ${expected}` : expected,
      related: [related(b)],
      relation: { kind, diff: res.diff.toFixed(), bound: (step(a).gt(step(b)) ? step(a) : step(b)).toFixed(), operands: [operand(a, 1), operand(b, -1)] },
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
    if (this.watch) return;
    this.push({ severity, messageId, args, location: { file: this.model.file, ...at }, ...extra });
  }
}
