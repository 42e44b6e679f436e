// Workbook (+ last year's, + profile) → the values templates may use. Every figure is computed
// here from exact amounts; what no table or profile gives becomes a visible 【待补充：…】 marker.
import { sayProblem, type Problem } from '../report/say.js';
import { Big, fixed, ZERO, type Dec } from '../model/decimal.js';
import type { Amount, Row, Table, WorkbookModel } from '../model/types.js';
import { label } from '../model/text.js';
import type { Profile } from './profile.js';
import { TABLES } from '../data/tables.js';

const WAN = 10000;

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
function listed<T extends object>(items: T[]): (T & { sep: string })[] {
  return items.map((x, i) => ({ ...x, sep: i === items.length - 1 ? '。' : '；' }));
}

function wan(v: Dec): string {
  return fixed(v.div(WAN), 2);
}

const val = (a: Amount | undefined): Dec => a?.value ?? ZERO;

function share(part: Dec, whole: Dec): string {
  return whole.eq(0) ? '0.00' : fixed(part.times(100).div(whole), 2);
}

/** Money from the profile (万元) to 元. */
function fromProfile(v: number | string | undefined): Dec | undefined {
  return v === undefined ? undefined : new Big(String(v)).times(WAN);
}

export class ViewBuilder {
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

  build(): Record<string, unknown> {
    const m = this.model;
    const p = this.profile;
    // the year the workbook states, or the year after last year's; never today's
    const knownYear = m.year ?? (this.prior?.year ? this.prior.year + 1 : undefined);
    const dept = p.department ?? m.department ?? this.missing('gap.department');
    const t01 = (k: string, mm?: WorkbookModel) => this.row('T01', k, mm)?.amounts.amount;
    const grand = val(t01('inc.grand'));
    // a missing table's figures are gaps (noTable), not zeros
    const t01Known = !!this.table('T01');
    const t04Known = !!this.table('T04');
    const fiscalGrand = val(this.row('T04', 'inc.grand')?.amounts.amount);
    const incomeTotal = val(t01('inc.total'));
    const expenseTotal = val(t01('exp.total'));
    const priorOf = (a: Amount | undefined) => (this.prior ? val(a) : undefined);

    const incomeRows = (this.table('T01')?.rows ?? []).filter((r) => /^inc\.(gpb|gov|soe|upper|business|operating|subsidiary|other)$/.test(r.key ?? ''));
    const sources: Part[] = incomeRows.map((r) => {
      const name = label(r.name);
      return { name, short: name, amount: wan(val(r.amounts.amount)), share: share(val(r.amounts.amount), incomeTotal), zero: val(r.amounts.amount).eq(0) };
    });

    const t03total = this.row('T03', 'total');
    const spendNames: [string, string][] = [
      ['basic', '基本支出'],
      ['project', '项目支出'],
      ['upper', '上缴上级支出'],
      ['operating', '经营支出'],
      ['subsidiary', '对附属单位补助支出'],
    ];
    const spending: Part[] = spendNames
      .filter(([role]) => t03total && role in t03total.amounts)
      .map(([role, name]) => ({ name, short: name, amount: wan(val(t03total!.amounts[role])), share: share(val(t03total!.amounts[role]), expenseTotal), zero: val(t03total!.amounts[role]).eq(0) }));
    const priorT03 = this.row('T03', 'total', this.prior);

    const t05 = this.table('T05');
    const gpbTotal = val(this.row('T05', 'total')?.amounts.total);
    const priorT05 = this.table('T05', this.prior);
    const rows05 = t05?.rows.filter((r) => r.code) ?? [];
    const nameOf = (code: string) => rows05.find((r) => r.code === code)?.name ?? code;
    const classes: Part[] = rows05
      .filter((r) => r.code!.length === 3)
      .map((r) => {
        const before = this.prior ? val(priorT05?.rows.find((x) => x.code === r.code)?.amounts.total) : undefined;
        return {
          name: r.name,
          short: r.name.replace(/支出$/, ''),
          code: r.code,
          amount: wan(val(r.amounts.total)),
          share: share(val(r.amounts.total), gpbTotal),
          zero: val(r.amounts.total).eq(0),
          change: this.change(val(r.amounts.total), before, r.name),
          reason: p.reasons?.classes?.[r.code!],
        };
      });
    const items = rows05
      .filter((r) => r.code!.length === 7)
      .map((r, i) => {
        const amount = val(r.amounts.total);
        const budgetCell = r.amounts['budget.full'] ?? r.amounts['budget.initial'];
        const budget = budgetCell ? budgetCell.value : fromProfile(p.budgets?.[r.code!]);
        const hasBudget = budget !== undefined;
        return {
          no: i + 1,
          code: r.code,
          lei: nameOf(r.code!.slice(0, 3)).replace(/支出$/, ''),
          kuan: nameOf(r.code!.slice(0, 5)),
          xiang: r.name,
          amount: wan(amount),
          hasBudget,
          budgetZero: hasBudget && budget!.eq(0),
          budget: hasBudget ? wan(budget!) : this.missing('gap.itemBudget', { code: r.code!, name: r.name }),
          completion: hasBudget && !budget!.eq(0) ? fixed(amount.times(100).div(budget!), 2) : '',
          more: hasBudget && amount.gt(budget!),
          less: hasBudget && amount.lt(budget!),
          equal: hasBudget && amount.eq(budget!),
          reason: p.reasons?.items?.[r.code!] ?? '',
        };
      });

    const t06 = this.table('T06');
    const personnel = val(this.row('T06', 'personnel.total')?.amounts.amount);
    const publicUse = val(this.row('T06', 'public.total')?.amounts.amount);
    const econNames = (classes: string[]) =>
      (t06?.rows ?? [])
        .filter((r) => r.code?.length === 5 && classes.includes(r.code.slice(0, 3)) && !val(r.amounts.amount).eq(0))
        .map((r) => r.name)
        .join('、');

    const sg = this.row('T07', 'data')?.amounts ?? {};
    const sgPrior = this.row('T07', 'data', this.prior)?.amounts;
    const sgTotal = val(sg['actual.total']);
    const budgetOf = (item: 'abroad' | 'car' | 'carBuy' | 'carRun' | 'reception' | 'total'): Dec | undefined =>
      sg[`budget.${item}`]?.value ?? (item === 'total' ? undefined : fromProfile(p.sangong?.budget?.[item]));
    const t07 = this.table('T07');
    const sgItem = (item: 'abroad' | 'car' | 'carBuy' | 'carRun' | 'reception', name: string) => {
      const amount = val(sg[`actual.${item}`]);
      const budget = budgetOf(item);
      return {
        name,
        amount: t07 ? wan(amount) : this.noTable('T07'),
        share: t07 ? share(amount, sgTotal) : this.noTable('T07'),
        zero: amount.eq(0),
        // no rate from an amount the workbook does not give
        hasBudget: !!t07 && budget !== undefined && !budget.eq(0),
        budgetZero: budget !== undefined && budget.eq(0),
        budget: budget === undefined ? this.missing('gap.sangongItemBudget', { name }) : wan(budget),
        completion: t07 && budget && !budget.eq(0) ? fixed(amount.times(100).div(budget), 2) : '',
        change: t07 ? this.change(amount, sgPrior ? val(sgPrior[`actual.${item}`]) : undefined, name) : this.noChange('T07'),
        reason: p.reasons?.sangong?.[item as 'abroad' | 'car' | 'reception'] ?? '',
      };
    };
    const sgBudget = budgetOf('total');
    const count = (v: number | undefined, gap: string) => (v === undefined ? this.missing(gap) : String(v));

    const fund = (key: string, column: string) => {
      const t = this.table(key);
      // without its own table, the fund's spending is a column of 公开04表 (财政拨款收入支出决算总表)
      const fromT04 = this.row('T04', 'exp.total')?.amounts[column];
      if (!t && !fromT04) return { empty: false, amount: this.noTable(key), share: this.noTable(key) };
      const total = t ? t.rows.find((r) => r.key === 'total')?.amounts['exp.total'] : fromT04;
      const amount = t && t.empty ? ZERO : val(total);
      return { empty: amount.eq(0), amount: wan(amount), share: share(amount, expenseTotal) };
    };

    const op = p.operating;
    const opAmount = fromProfile(op?.amount);
    const pr = p.procurement;
    const procurementTotal = pr ? [pr.goods, pr.works, pr.services].reduce<Dec>((s, v) => s.plus(fromProfile(v) ?? ZERO), ZERO) : undefined;
    const veh = p.assets?.vehicles;

    return {
      year: knownYear ?? this.missing('gap.year'),
      priorYear: knownYear ? knownYear - 1 : this.missing('gap.year'),
      dept,
      duties: p.duties?.length ? p.duties : [this.missing('gap.duties')],
      organization: p.organization?.length ? p.organization : [this.missing('gap.organization')],
      total: {
        amount: t01Known ? wan(grand) : this.noTable('T01'),
        change: t01Known ? this.change(grand, priorOf(t01('inc.grand', this.prior)), '收支总计') : this.noChange('T01'),
        reason: p.reasons?.total ?? this.missing('gap.reasonTotal'),
      },
      basicChange: t03total ? this.change(val(t03total.amounts.basic), priorT03 ? val(priorT03.amounts.basic) : undefined, '基本支出') : this.noChange('T03'),
      projectChange: t03total ? this.change(val(t03total.amounts.project), priorT03 ? val(priorT03.amounts.project) : undefined, '项目支出') : this.noChange('T03'),
      income: { total: t01Known ? wan(incomeTotal) : this.noTable('T01'), sources: listed(sources), nonzero: listed(sources.filter((s) => !s.zero)), missing: t01Known ? '' : this.noTable('T01') },
      expense: { total: t01Known ? wan(expenseTotal) : this.noTable('T01'), parts: listed(spending), nonzero: listed(spending.filter((s) => !s.zero)), missing: t03total ? '' : this.noTable('T03') },
      fiscal: {
        total: t04Known ? wan(fiscalGrand) : this.noTable('T04'),
        change: t04Known ? this.change(fiscalGrand, this.prior ? val(this.row('T04', 'inc.grand', this.prior)?.amounts.amount) : undefined, '财政拨款收支总计') : this.noChange('T04'),
        reason: p.reasons?.fiscal ?? this.missing('gap.reasonFiscal'),
      },
      gpb: {
        total: t05 ? wan(gpbTotal) : this.noTable('T05'),
        missing: t05 ? '' : this.noTable('T05'),
        share: t05 && t01Known ? share(gpbTotal, expenseTotal) : this.noTable(t05 ? 'T01' : 'T05'),
        change: t05 ? this.change(gpbTotal, this.prior ? val(priorT05?.rows.find((r) => r.key === 'total')?.amounts.total) : undefined, '一般公共预算财政拨款支出') : this.noChange('T05'),
        reason: p.reasons?.gpb ?? '',
        classes: listed(classes),
        nonzeroClasses: listed(classes.filter((c) => !c.zero)),
        items,
        nonzeroItems: items.filter((i) => i.amount !== '0.00'),
      },
      basic: t06
        ? { total: wan(personnel.plus(publicUse)), personnel: wan(personnel), public: wan(publicUse), personnelNames: econNames(['301', '303']), publicNames: econNames(['302', '307', '309', '310', '399']) }
        : { total: this.noTable('T06'), personnel: this.noTable('T06'), public: this.noTable('T06'), personnelNames: this.noTable('T06'), publicNames: this.noTable('T06') },
      sangong: {
        total: t07 ? wan(sgTotal) : this.noTable('T07'),
        hasBudget: !!t07 && sgBudget !== undefined && !sgBudget.eq(0),
        budget: sgBudget === undefined ? this.missing('gap.sangongBudget') : wan(sgBudget),
        budgetKnown: sgBudget !== undefined,
        completion: t07 && sgBudget && !sgBudget.eq(0) ? fixed(sgTotal.times(100).div(sgBudget), 2) : '',
        change: t07 ? this.change(sgTotal, sgPrior ? val(sgPrior['actual.total']) : undefined, '“三公”经费') : this.noChange('T07'),
        abroad: { ...sgItem('abroad', '因公出国（境）费'), groups: count(p.sangong?.abroad?.groups, 'gap.abroadGroups'), people: count(p.sangong?.abroad?.people, 'gap.abroadPeople') },
        car: { ...sgItem('car', '公务用车购置及运行维护费'), purchased: count(p.sangong?.vehicles?.purchased, 'gap.vehiclesPurchased'), owned: count(p.sangong?.vehicles?.owned, 'gap.vehiclesOwned') },
        carBuy: sgItem('carBuy', '公务用车购置费'),
        carRun: sgItem('carRun', '公务用车运行维护费'),
        reception: {
          ...sgItem('reception', '公务接待费'),
          batches: count(p.sangong?.reception?.domestic?.batches, 'gap.receptionBatches'),
          people: count(p.sangong?.reception?.domestic?.people, 'gap.receptionPeople'),
          foreignBatches: count(p.sangong?.reception?.foreign?.batches ?? (t07 && val(sg['actual.reception']).eq(0) ? 0 : undefined), 'gap.foreignBatches'),
        },
      },
      gov: fund('T08', 'gov'),
      soe: fund('T09', 'soe'),
      operating: opAmount
        ? { known: true, amount: wan(opAmount), change: this.change(opAmount, fromProfile(op?.prior), '机关运行经费'), reason: p.reasons?.operating ?? this.missing('gap.reasonOperating') }
        : { known: false, missing: this.missing('gap.operating') },
      procurement: procurementTotal
        ? { known: true, total: wan(procurementTotal), goods: wan(fromProfile(pr!.goods) ?? ZERO), works: wan(fromProfile(pr!.works) ?? ZERO), services: wan(fromProfile(pr!.services) ?? ZERO) }
        : { known: false, missing: this.missing('gap.procurement') },
      assets: veh
        ? { known: true, total: String(veh.total ?? 0), leaders: String(veh.leaders ?? 0), confidential: String(veh.confidential ?? 0), emergency: String(veh.emergency ?? 0), other: String(veh.other ?? 0), equipment: String(p.assets?.equipment ?? 0) }
        : { known: false, missing: this.missing('gap.assets') },
      performance: p.performance?.length ? p.performance : [this.missing('gap.performance')],
      glossary: p.glossary ?? [],
    };
  }
}
