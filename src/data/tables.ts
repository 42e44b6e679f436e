// The table set of the standard edition, as data: titles, header labels and row labels.
// A province's edition extends this through the config file (README, "editions").
// Header labels are matched against the deepest header cell of a column after
// normalisation (spaces, brackets and quotes unified); `under` against the cells above it.

import { AMOUNT_WORDS } from './headers.js';

export type Layout = 'codes' | 'sides' | 'econ' | 'sangong' | 'other';

export interface RoleDef {
  role: string;
  match: RegExp;
  /** Exact labels added by the config file ("headers"), compared after clean(). */
  words?: string[];
  under?: RegExp;
  notUnder?: RegExp;
}

export interface RowDef {
  key: string;
  match: RegExp;
}

export interface TableDef {
  key: string;
  core: boolean;
  /** Title without year or department, quotes removed; the longest title found in the sheet's top rows wins. */
  titles: string[];
  layout: Layout;
  columns: RoleDef[];
  /** Roles that must be found for the header to be understood. */
  required: string[];
  /** Roles that rule this table out when the title is missing. */
  forbidden?: string[];
  /** When the title is missing, at least one of these roles must be present. */
  signatureAny?: string[];
  /** Labelled rows of side-by-side tables, per side. */
  rows?: { income: RowDef[]; expense: RowDef[] };
}

const CODE: RoleDef[] = [
  { role: 'code', match: /^(支出)?(功能分类|功能)?(科目)?(编码|代码)$/ },
  { role: 'code.lei', match: /^类$/ },
  { role: 'code.kuan', match: /^款$/ },
  { role: 'code.xiang', match: /^项$/ },
  { role: 'name', match: /^(功能)?(科目)?名称$|^项目$/ },
  { role: 'line', match: /^(行次|栏次)$/ },
];

const T01_ROWS = {
  income: [
    { key: 'inc.gpb', match: /^一般公共预算财政拨款(收入)?$/ },
    { key: 'inc.gov', match: /^政府性基金预算财政拨款(收入)?$/ },
    { key: 'inc.soe', match: /^国有资本经营预算财政拨款(收入)?$/ },
    { key: 'inc.upper', match: /^上级补助收入$/ },
    { key: 'inc.business', match: /^事业收入/ },
    { key: 'inc.operating', match: /^经营收入$/ },
    { key: 'inc.subsidiary', match: /^附属单位上缴收入$/ },
    { key: 'inc.other', match: /^其他收入$/ },
    { key: 'inc.total', match: /^本年收入合计$/ },
    { key: 'inc.surplus', match: /^使用(非财政拨款|专用)结余/ },
    { key: 'inc.opening', match: /^年初结转和结余$/ },
    { key: 'inc.grand', match: /^(收入)?总计$/ },
  ],
  expense: [
    { key: 'exp.total', match: /^本年支出合计$/ },
    { key: 'exp.distribution', match: /^结余分配$/ },
    { key: 'exp.closing', match: /^年末结转和结余$/ },
    { key: 'exp.grand', match: /^(支出)?总计$/ },
  ],
};

const T04_ROWS = {
  income: [
    { key: 'inc.gpb', match: /^一般公共预算财政拨款(收入)?$/ },
    { key: 'inc.gov', match: /^政府性基金预算财政拨款(收入)?$/ },
    { key: 'inc.soe', match: /^国有资本经营预算财政拨款(收入)?$/ },
    { key: 'inc.total', match: /^本年收入合计$/ },
    { key: 'inc.opening', match: /^年初财政拨款结转和结余$/ },
    { key: 'inc.grand', match: /^(收入)?总计$/ },
  ],
  expense: [
    { key: 'exp.total', match: /^本年支出合计$/ },
    { key: 'exp.closing', match: /^年末财政拨款结转和结余$/ },
    { key: 'exp.grand', match: /^(支出)?总计$/ },
  ],
};

/** T01's one amount column per side may also be headed 合计. */
const SIDE_AMOUNT = new RegExp(`^(${[...AMOUNT_WORDS, '合计'].join('|')})$`);

export const TABLES: TableDef[] = [
  {
    key: 'T01',
    core: true,
    titles: ['收入支出决算总表', '收入支出决算总体情况表', '收支决算总表'],
    layout: 'sides',
    columns: [
      { role: 'inc.label', match: /^项目(名称)?$/, under: /收入/ },
      { role: 'inc.amount', match: SIDE_AMOUNT, under: /收入/ },
      { role: 'exp.label', match: /^项目(名称)?$/, under: /支出/ },
      { role: 'exp.amount', match: SIDE_AMOUNT, under: /支出/ },
      { role: 'line', match: /^(行次|栏次)$/ },
    ],
    required: ['inc.label', 'inc.amount', 'exp.label', 'exp.amount'],
    rows: T01_ROWS,
  },
  {
    key: 'T02',
    core: true,
    titles: ['收入决算表'],
    layout: 'codes',
    columns: [
      ...CODE,
      { role: 'total', match: /^(本年收入合计|合计|小计|本年收入)$/ },
      { role: 'fiscal', match: /^财政拨款收入/ },
      { role: 'upper', match: /^上级补助收入$/ },
      { role: 'business', match: /^事业收入/ },
      { role: 'operating', match: /^经营收入$/ },
      { role: 'subsidiary', match: /^附属单位上缴收入$/ },
      { role: 'other', match: /^其他收入$/ },
    ],
    required: ['name', 'total', 'fiscal'],
    signatureAny: ['business', 'upper', 'other'],
  },
  {
    key: 'T03',
    core: true,
    titles: ['支出决算表'],
    layout: 'codes',
    columns: [
      ...CODE,
      { role: 'total', match: /^(本年支出合计|合计|小计|本年支出)$/ },
      { role: 'basic', match: /^基本支出$/ },
      { role: 'project', match: /^项目支出$/ },
      { role: 'upper', match: /^上缴上级支出$/ },
      { role: 'operating', match: /^经营支出$/ },
      { role: 'subsidiary', match: /^对附属单位补助支出$/ },
    ],
    required: ['name', 'total', 'basic', 'project'],
    signatureAny: ['upper', 'operating', 'subsidiary'],
  },
  {
    key: 'T04',
    core: true,
    titles: ['财政拨款收入支出决算总表', '财政拨款收支决算总表'],
    layout: 'sides',
    columns: [
      { role: 'inc.label', match: /^项目(名称)?$/, under: /收入/ },
      { role: 'inc.amount', match: SIDE_AMOUNT, under: /收入/ },
      { role: 'exp.label', match: /^项目(名称)?$/, under: /支出/ },
      { role: 'exp.total', match: /^(合计|小计)$/, under: /支出/ },
      { role: 'exp.gpb', match: /^一般公共预算财政拨款(支出)?$/, under: /支出/ },
      { role: 'exp.gov', match: /^政府性基金预算财政拨款(支出)?$/, under: /支出/ },
      { role: 'exp.soe', match: /^国有资本经营预算财政拨款(支出)?$/, under: /支出/ },
      // a fund over its own 小计 | 基本支出 | 项目支出: its 小计 is the fund's column
      { role: 'exp.gpb', match: /^(小计|合计)$/, under: /一般公共预算财政拨款/ },
      { role: 'exp.gov', match: /^(小计|合计)$/, under: /政府性基金预算财政拨款/ },
      { role: 'exp.soe', match: /^(小计|合计)$/, under: /国有资本经营预算财政拨款/ },
      { role: 'line', match: /^(行次|栏次)$/ },
    ],
    required: ['inc.label', 'inc.amount', 'exp.label', 'exp.total', 'exp.gpb'],
    rows: T04_ROWS,
  },
  {
    key: 'T05',
    core: true,
    titles: ['一般公共预算财政拨款支出决算表'],
    layout: 'codes',
    columns: [
      ...CODE,
      { role: 'total', match: /^(合计|小计|本年支出合计|本年支出|决算数)$/, notUnder: /预算数|预算/ },
      { role: 'basic', match: /^基本支出$/, notUnder: /预算数/ },
      { role: 'project', match: /^项目支出$/, notUnder: /预算数/ },
      { role: 'budget.initial', match: /^年初预算数?$/ },
      { role: 'budget.full', match: /^(全年预算|调整预算)数?$/ },
    ],
    required: ['name', 'total', 'basic', 'project'],
    forbidden: ['upper', 'operating'],
  },
  {
    key: 'T06',
    core: true,
    titles: ['一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表'],
    layout: 'econ',
    columns: [
      { role: 'code', match: /^(经济分类|经济)?(科目)?(编码|代码)$/ },
      { role: 'code.lei', match: /^类$/ },
      { role: 'code.kuan', match: /^款$/ },
      { role: 'name', match: /^(经济)?(科目)?名称$|^项目$/ },
      { role: 'amount', match: new RegExp(`^(${[...AMOUNT_WORDS, '本年支出', '合计'].join('|')})$`) },
    ],
    required: ['code', 'name', 'amount'],
  },
  {
    key: 'T07',
    core: true,
    titles: ['财政拨款"三公"经费支出决算表', '一般公共预算财政拨款"三公"经费支出决算表', '"三公"经费支出决算表'],
    layout: 'sangong',
    columns: [],
    required: ['actual.total', 'actual.abroad', 'actual.reception'],
  },
  {
    key: 'T08',
    core: true,
    titles: ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款支出决算表'],
    layout: 'codes',
    columns: [
      ...CODE,
      { role: 'opening', match: /^年初结转和结余$/ },
      { role: 'income', match: /^本年收入(合计)?$/ },
      { role: 'exp.total', match: /^(合计|小计)$/, under: /本年支出/ },
      { role: 'exp.total', match: /^本年支出(合计)?$/ },
      { role: 'exp.basic', match: /^基本支出$/ },
      { role: 'exp.project', match: /^项目支出$/ },
      { role: 'closing', match: /^年末结转和结余$/ },
    ],
    required: ['name', 'exp.total'],
  },
  {
    key: 'T09',
    core: true,
    titles: ['国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表'],
    layout: 'codes',
    columns: [
      ...CODE,
      { role: 'opening', match: /^年初结转和结余$/ },
      { role: 'income', match: /^本年收入(合计)?$/ },
      { role: 'exp.total', match: /^(合计|小计)$/, under: /本年支出/ },
      { role: 'exp.total', match: /^本年支出(合计)?$/ },
      { role: 'exp.basic', match: /^基本支出$/ },
      { role: 'exp.project', match: /^项目支出$/ },
      { role: 'closing', match: /^年末结转和结余$/ },
    ],
    required: ['name', 'exp.total'],
  },
  // Tables of some editions: recognised by title, not checked (yet).
  ...[
    ['X-财政拨款支出明细', '财政拨款支出决算明细表'],
    ['X-一般公共预算支出明细', '一般公共预算财政拨款支出决算明细表'],
    ['X-项目支出', '一般公共预算财政拨款项目支出决算表'],
    ['X-三公及机关运行经费', '财政拨款"三公"经费、行政参公单位机关运行经费情况表'],
    ['X-三公会议培训', '"三公"经费及会议费、培训费支出决算表'],
    ['X-机关运行经费', '机关运行经费支出决算表'],
    ['X-政府采购', '政府采购情况表'],
    ['X-国有资产', '国有资产占有使用情况表'],
  ].map(([key, title]): TableDef => ({ key, core: false, titles: [title], layout: 'other', columns: [], required: [] })),
];

/** The nine core tables; every edition has them. */
export const CORE_KEYS = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'];

/** How a role's column is headed, for a message naming a column that was not found. */
export const ROLE_WORDS: Record<string, string> = {
  code: '科目编码',
  name: '科目名称',
  total: '合计',
  fiscal: '财政拨款收入',
  business: '事业收入',
  basic: '基本支出',
  project: '项目支出',
  amount: '决算数',
  'inc.label': '收入/项目',
  'inc.amount': '收入/决算数',
  'exp.label': '支出/项目',
  'exp.amount': '支出/决算数',
  'exp.total': '支出/合计',
  'exp.gpb': '支出/一般公共预算财政拨款',
  'actual.total': '合计/决算数',
  'actual.abroad': '因公出国（境）费/决算数',
  'actual.reception': '公务接待费/决算数',
};
