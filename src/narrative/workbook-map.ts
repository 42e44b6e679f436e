// Narrative subjects → the workbook cells that hold the same figure.
import { classCodeByName, nameKey } from '../model/codes.js';
import type { Amount, Table, WorkbookModel } from '../model/types.js';
import { label } from '../model/text.js';
import { canon } from './facts.js';
import { classPath } from './subject.js';

const T03_ROLES: Record<string, string> = { 基本支出: 'basic', 项目支出: 'project', 上缴上级支出: 'upper', 经营支出: 'operating', 对附属单位补助支出: 'subsidiary' };
const T07_ROLES: Record<string, string> = {
  三公经费: 'actual.total',
  '因公出国（境）费': 'actual.abroad',
  公务用车购置及运行维护费: 'actual.car',
  公务用车购置费: 'actual.carBuy',
  公务用车运行维护费: 'actual.carRun',
  公务接待费: 'actual.reception',
};

const table = (m: WorkbookModel, key: string): Table | undefined => m.tables.find((t) => t.key === key);
const row = (t: Table | undefined, key: string) => t?.rows.find((r) => r.key === key);

/**
 * The workbook amount a narrative subject restates, when there is one. `scope`: the headings and the
 * 其中 total the figure stands under — "基本支出" under 财政拨款 is not the whole department's (T03),
 * and 人员经费 outside the 财政拨款 sections is not T06's.
 */
export function workbookAmount(m: WorkbookModel, key: string, subject: string, scope?: string): Amount | null | undefined {
  const k = canon(key);
  const t01 = table(m, 'T01');
  if (scope !== undefined && /财政拨款/.test(scope) && k in T03_ROLES) {
    // the general budget's basic and project spending are in T05; no table splits the other funds so
    if (/一般公共预算/.test(scope) && (k === '基本支出' || k === '项目支出')) return row(table(m, 'T05'), 'total')?.amounts[T03_ROLES[k]];
    return undefined;
  }
  if (scope !== undefined && (k === '人员经费' || k === '公用经费') && !/财政拨款/.test(scope)) return undefined;
  switch (k) {
    case '收支总计':
      return row(t01, 'inc.grand')?.amounts.amount;
    case '财政拨款收支总计':
      return row(table(m, 'T04'), 'inc.grand')?.amounts.amount;
    case '本年收入合计':
      return row(t01, 'inc.total')?.amounts.amount;
    case '本年支出合计':
      return row(t01, 'exp.total')?.amounts.amount;
    case '一般公共预算财政拨款支出':
      return row(table(m, 'T05'), 'total')?.amounts.total;
    case '一般公共预算财政拨款基本支出':
      return row(table(m, 'T05'), 'total')?.amounts.basic;
    case '人员经费':
      return row(table(m, 'T06'), 'personnel.total')?.amounts.amount;
    case '公用经费':
      return row(table(m, 'T06'), 'public.total')?.amounts.amount;
  }
  if (k in T03_ROLES) return row(table(m, 'T03'), 'total')?.amounts[T03_ROLES[k]];
  if (k in T07_ROLES) return row(table(m, 'T07'), 'data')?.amounts[T07_ROLES[k]];
  for (const [fund, key2] of [
    ['政府性基金预算财政拨款支出', 'T08'],
    ['国有资本经营预算财政拨款支出', 'T09'],
  ]) {
    if (k !== fund) continue;
    const ft = table(m, key2);
    if (!ft) return undefined;
    return ft.empty ? null : row(ft, 'total')?.amounts['exp.total'];
  }
  // T01 income rows by name
  const income = t01?.rows.find((r) => r.key?.startsWith('inc.') && nameKey(label(r.name)) === nameKey(k));
  if (income) return income.amounts.amount;
  // a class by name, or an item by its 类（类）…（项） path: the general-budget table
  const t05 = table(m, 'T05');
  const cls = classCodeByName(k);
  if (cls) return t05?.rows.find((r) => r.code === cls)?.amounts.total;
  const path = classPath(subject);
  if (path?.lei && path.xiang) {
    const c = classCodeByName(path.lei);
    const item = t05?.rows.find((r) => r.code?.length === 7 && (!c || r.code.startsWith(c)) && nameKey(r.name) === nameKey(path.xiang!));
    if (item) return item.amounts.total;
  }
  return undefined;
}

/** The 预算数 the workbook gives a subject (the 三公 table's budget columns), when it gives one. */
export function budgetAmount(m: WorkbookModel, key: string): Amount | undefined {
  const role = T07_ROLES[canon(key)];
  return role ? row(table(m, 'T07'), 'data')?.amounts[role.replace('actual.', 'budget.')] : undefined;
}
