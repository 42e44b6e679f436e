// Which cell is wrong? Failing relations that share a cell are one group; a cell is suspected when
// changing it alone, by one amount, makes every relation of the group hold and breaks none of the
// relations that hold through it. One suspect is named only when no other cell could do the same;
// otherwise all of them are listed, and a lone relation whose figures nothing else confirms gets no
// suspect at all (certain or silent: never pick a cell without a third figure deciding).
import { Big, type Dec } from '../model/decimal.js';
import { showLike } from '../model/format.js';
import type { Amount, Finding, Operand, RelationData } from '../model/types.js';
import type { Observed } from './context.js';

/** How a relation passes through a cell: along its row, down its column, or across tables. */
export type Through = 'row' | 'column' | 'other';

export interface Reading {
  /** The rule of the failing relation. */
  rule: string;
  through: Through;
  /** Across tables: the figure the relation ties the cell to (its reported cell, or the first other one). */
  with?: { sheet: string; cell: string; more: boolean };
  /** What that relation makes the cell, shown like the cell. */
  expected: string;
}

export interface Suspect {
  sheet: string;
  cell: string;
  code?: string;
  row?: string;
  column?: string;
  /** The cell as written. */
  stated: string;
  /** One reading per failing relation of the group. */
  readings: Reading[];
}

export interface Group {
  /** Unique in a report; findings point to it by `group`. */
  id: number;
  file: string;
  /** One: the likely culprit. Several: any of them could explain the relations. None: no one cell can. */
  suspects: Suspect[];
}

const key = (o: { sheet: string; cell: string }) => `${o.sheet}!${o.cell}`;

/** A failing numeric relation: what the analysis groups (a part exceeding its whole says nothing about by how much). */
function failing(f: Finding): f is Finding & { relation: RelationData } {
  return !!f.relation && f.relation.kind !== 'leq' && f.severity !== 'info' && !/rounding$/.test(f.messageId ?? '');
}

/** Does a relation hold with this Σ coef·value? (See RelationData for the three kinds.) */
function holds(r: RelationData, diff: Dec): boolean {
  if (diff.eq(0)) return true;
  const bound = new Big(r.bound);
  if (r.kind === 'leq') return diff.lte(bound);
  if (r.kind === 'equal') return diff.abs().lte(bound);
  return diff.abs().lt(bound);
}

/** The cell's total sign in a relation (a cell may appear twice). */
function coefOf(r: RelationData, k: string): number {
  return r.operands.reduce((n, o) => (key(o) === k ? n + o.coef : n), 0);
}

function position(cell: string): [string, string] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? [m[1], m[2]] : ['', ''];
}

function through(r: RelationData, x: Operand): Through {
  if (r.operands.some((o) => o.sheet !== x.sheet)) return 'other';
  const [col, row] = position(x.cell);
  if (r.operands.every((o) => position(o.cell)[1] === row)) return 'row';
  if (r.operands.every((o) => position(o.cell)[0] === col)) return 'column';
  return 'other';
}

function reading(f: Finding & { relation: RelationData }, x: Operand, expected: string): Reading {
  const how = through(f.relation, x);
  if (how !== 'other') return { rule: f.rule, through: how, expected };
  const others = f.relation.operands.filter((o) => key(o) !== key(x));
  const reported = others.find((o) => o.sheet === f.location.sheet && o.cell === f.location.cell);
  const other = reported ?? others[0];
  return { rule: f.rule, through: how, expected, with: { sheet: other.sheet, cell: other.cell, more: !reported && others.length > 1 } };
}

function shownLike(value: Dec, x: Operand): string {
  const like = { value: new Big(x.value), shown: x.shown, unit: x.unit, decimals: x.decimals } as Amount;
  return showLike(value, like);
}

class Sets {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * Group the failing relations among `findings` (setting each member's `group`) and name their
 * suspects. `observe` runs the rules again watching the given cells and returns every relation
 * through them; it is called only when some relation fails.
 */
export function findGroups(file: string, findings: Finding[], observe: (watch: Set<string>) => Observed[], firstId = 1): Group[] {
  const fails = findings.filter(failing);
  if (!fails.length) return [];
  const sets = new Sets(fails.length);
  const firstWith = new Map<string, number>();
  fails.forEach((f, i) => {
    for (const o of f.relation.operands) {
      const k = key(o);
      const j = firstWith.get(k);
      if (j === undefined) firstWith.set(k, i);
      else sets.join(i, j);
    }
  });
  // the relations that hold through any cell of a failing one: the third figures that confirm it
  const holding = new Map<string, Observed[]>();
  for (const r of observe(new Set(firstWith.keys()))) {
    if (r.verdict === 'mismatch') continue;
    for (const o of r.operands) {
      const k = key(o);
      if (!firstWith.has(k)) continue;
      const list = holding.get(k);
      if (list) list.push(r);
      else holding.set(k, [r]);
    }
  }
  const members = new Map<number, (Finding & { relation: RelationData })[]>();
  fails.forEach((f, i) => {
    const root = sets.find(i);
    members.set(root, [...(members.get(root) ?? []), f]);
  });
  const groups: Group[] = [];
  for (const list of members.values()) {
    const suspects = suspectsOf(list, holding);
    const operands = new Set(list.flatMap((f) => f.relation.operands.map(key)));
    // a lone relation is worth a group only when other figures narrowed down its cells
    if (list.length < 2 && (suspects.length === 0 || suspects.length === operands.size)) continue;
    const id = firstId + groups.length;
    for (const f of list) f.group = id;
    groups.push({ id, file, suspects });
  }
  return groups;
}

function suspectsOf(list: (Finding & { relation: RelationData })[], holding: Map<string, Observed[]>): Suspect[] {
  // a culprit must be in every failing relation of the group
  let common = new Map(list[0].relation.operands.map((o) => [key(o), o]));
  for (const f of list.slice(1)) {
    const here = new Set(f.relation.operands.map(key));
    common = new Map([...common].filter(([k]) => here.has(k)));
  }
  const out: Suspect[] = [];
  for (const [k, x] of common) {
    const coefs = list.map((f) => coefOf(f.relation, k));
    if (coefs.some((c) => c === 0)) continue;
    // the amount the cell is off by, as each relation sees it
    const deltas = list.map((f, i) => new Big(f.relation.diff).div(coefs[i]));
    const value = new Big(x.value);
    const fits = deltas.some((d) => {
      if (d.eq(0)) return false;
      // a mend that makes a figure negative is no mend (the tables hold no negative amounts)
      if (value.gte(0) && value.minus(d).lt(0)) return false;
      if (!list.every((f, i) => holds(f.relation, new Big(f.relation.diff).minus(d.times(coefs[i]))))) return false;
      return (holding.get(k) ?? []).every((r) => holds(r, new Big(r.diff).minus(d.times(coefOf(r, k)))));
    });
    if (!fits) continue;
    out.push({
      sheet: x.sheet,
      cell: x.cell,
      code: x.code,
      row: x.row,
      column: x.column,
      stated: x.shown,
      readings: list.map((f, i) => reading(f, x, shownLike(value.minus(deltas[i]), x))),
    });
  }
  return out;
}
