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
    const title = TABLES.find((t) => t.key === key)?.titles[0].replace(/"([^"]*)"/g, '“$1”') ?? key;
    return this.missing('gap.table', { title });
  }

  table(key: string, m: WorkbookModel | undefined = this.model): Table | undefined {
    return m?.tables.find((t) => t.key === key);
  }

  row(key: string, rowKey: string, m: WorkbookModel | undefined = this.model): Row | undefined {
    return this.table(key, m)?.rows.find((r) => r.key === rowKey);
  }

  /** No change to state: the table it would come from is missing. */
  noChange(table: string): Change {
    return { hasPrior: false, amount: '', rate: '', up: false, down: false, flat: false, isNew: false, hasRate: false, prior: '', missing: this.noTable(table) };
  }

  change(now: Dec, before: Dec | undefined, what: string): Change {
    if (before === undefined)
      return { hasPrior: false, amount: '', rate: '', up: false, down: false, flat: false, isNew: false, hasRate: false, prior: '', missing: this.missing('gap.prior', { what }) };
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

  /** Last year's value of a figure, when last year's workbook was given. */
  priorOf(a: Amount | undefined): Dec | undefined {
    return this.prior ? val(a) : undefined;
  }
}
