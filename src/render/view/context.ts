// What every section builder of the view shares: the workbooks and the profile, the list of gaps,
// and the few ways a figure is written (万元 to two decimals, shares, changes, 【待补充】 markers).
import { sayProblem, type Problem } from '../../report/say.js';
import { Big, fixed, ZERO, type Dec } from '../../model/decimal.js';
import type { Amount, Row, Table, WorkbookModel } from '../../model/types.js';
import type { Profile } from '../profile.js';
import { TABLES } from '../../data/tables.js';

export const WAN = 10000;

export interface Change {
  hasPrior: boolean;
  /** |Δ| in 万元, two decimals. */
  amount: string;
  rate: string;
  up: boolean;
  down: boolean;
  flat: boolean;
  /** Last year was zero: no rate, say 新增. */
  isNew: boolean;
  hasRate: boolean;
  prior: string;
  missing: string;
}

export interface Part {
  name: string;
  short: string;
  code?: string;
  amount: string;
  share: string;
  zero: boolean;
  change?: Change;
  reason?: string;
}

/** A list with its separators: "；" between items, "。" after the last. */
export function listed<T extends object>(items: T[]): (T & { sep: string })[] {
  return items.map((x, i) => ({ ...x, sep: i === items.length - 1 ? '。' : '；' }));
}

export function wan(v: Dec): string {
  return fixed(v.div(WAN), 2);
}

export const val = (a: Amount | undefined): Dec => a?.value ?? ZERO;

/** A share in per cent, two decimals. */
export function share(part: Dec, whole: Dec): string {
  return whole.eq(0) ? '0.00' : fixed(part.times(100).div(whole), 2);
}

/** Money from the profile (万元) to 元. */
export function fromProfile(v: number | string | undefined): Dec | undefined {
  return v === undefined ? undefined : new Big(String(v)).times(WAN);
}

export class ViewContext {
  readonly warnings: Problem[] = [];

  constructor(
    readonly model: WorkbookModel,
    readonly prior: WorkbookModel | undefined,
    readonly profile: Profile,
  ) {}

  /** A visible gap: the document (always Chinese) shows 【待补充：…】; the gap is also listed for the command line. */
  missing(key: string, args: Record<string, string> = {}): string {
    const gap: Problem = { key, args };
    if (!this.warnings.some((w) => w.key === key && JSON.stringify(w.args) === JSON.stringify(args))) this.warnings.push(gap);
    return `【待补充：${sayProblem('zh', gap)}】`;
  }

  /** The marker for what a table of the workbook would give, when the workbook has no such table. */
  noTable(key: string): string {
    return this.missing('gap.table', { title: titleOf(key) });
  }

  table(key: string, m: WorkbookModel | undefined = this.model): Table | undefined {
    return m?.tables.find((t) => t.key === key);
  }

  row(key: string, rowKey: string, m: WorkbookModel | undefined = this.model): Row | undefined {
    return this.table(key, m)?.rows.find((r) => r.key === rowKey);
  }

  /** A reason of the profile's chain 收支总计 → 财政拨款 → 一般公共预算, "同上" written out (sameAs). */
  reason(key: 'total' | 'fiscal' | 'gpb'): string | undefined {
    const r = this.profile.reasons;
    const chain = [r?.total, r?.fiscal, r?.gpb].slice(0, ['total', 'fiscal', 'gpb'].indexOf(key) + 1);
    return chain.reduce<string | undefined>((before, text) => sameAs(text, before), undefined);
  }

  /** An amount of a row of a table, or undefined when the table, the row or the cell is not there. */
  amount(table: string, rowKey: string, role: string, m: WorkbookModel | undefined = this.model): Dec | undefined {
    return this.row(table, rowKey, m)?.amounts[role]?.value;
  }

  /**
   * Last year's amount: undefined without last year's workbook, null when that workbook does not hold it
   * (both are gaps, of different kinds); never a zero in their place.
   */
  before(table: string, rowKey: string, role: string): Dec | null | undefined {
    if (!this.prior) return undefined;
    return this.amount(table, rowKey, role, this.prior) ?? null;
  }

  /** The gap for a figure of a table: the table is missing, or it does not hold that figure. */
  gap(table: string, what: string): string {
    if (!this.table(table)) return this.noTable(table);
    return this.missing('gap.cell', { title: titleOf(table), what });
  }

  /** A figure in 万元, or the gap naming where it was to come from. */
  money(v: Dec | undefined, table: string, what: string): string {
    return v === undefined ? this.gap(table, what) : wan(v);
  }

  /** A share of a known whole, or the gap for the part or the whole that is not known. */
  shareOf(part: Dec | undefined, whole: Dec | undefined, gap: () => string): string {
    return part === undefined || whole === undefined ? gap() : share(part, whole);
  }

  /** No change to state: the figure it would be of is not known; `gap` says why. */
  noChange(tableOrGap: string): Change {
    const missing = tableOrGap.startsWith('【') ? tableOrGap : this.noTable(tableOrGap);
    return { hasPrior: false, amount: '', rate: '', up: false, down: false, flat: false, isNew: false, hasRate: false, prior: '', missing };
  }

  change(now: Dec, before: Dec | null | undefined, what: string): Change {
    if (before === undefined || before === null)
      return this.noChange(this.missing(before === null ? 'gap.priorCell' : 'gap.prior', { what }));
    const d = now.minus(before);
    const isNew = before.eq(0) && !now.eq(0);
    return {
      hasPrior: true,
      amount: wan(d.abs()),
      rate: before.eq(0) ? '' : fixed(d.abs().times(100).div(before), 2),
      up: d.gt(0) && !isNew,
      down: d.lt(0),
      flat: d.eq(0),
      isNew,
      hasRate: !before.eq(0) && !d.eq(0),
      prior: wan(before),
      missing: '',
    };
  }

}

const AS_ABOVE = /^\s*(同上|同前|原因同上)[。.；;]?\s*$/;

/** A reason as the document is to say it: "同上" (as above) is the reason before it, never the words 同上. */
export function sameAs(text: string | undefined, before: string | undefined): string | undefined {
  return text !== undefined && AS_ABOVE.test(text) ? before : text;
}

/** A core table's usual title, with Chinese quotes. */
export function titleOf(key: string): string {
  return TABLES.find((t) => t.key === key)?.titles[0].replace(/"([^"]*)"/g, '“$1”') ?? key;
}
