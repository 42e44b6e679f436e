// Layout-variant workbooks: one set of figures written in any combination of the layout features
// real 决算公开表 show (../shared/real/ is the reference for what each looks like; no figure of it is
// used here), and the one-cell faults each must report.
//
//   const { buffer, faults } = await generate(VARIANT_FIGURES, features);
//   const faulty = await withFault(buffer, faults[0]);     // that one cell changed by ≥ 1.00 万元
//
// Every cell is rounded from 元 on its own (as published tables are), so a correct workbook breaks
// its sums by a cent here and there: rounding notes (info), never more.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// ---------------------------------------------------------------------------------------------
// Figures (in 元)

export interface Item {
  /** 7-digit 功能分类 项. */
  code: string;
  name: string;
  /** All funds (支出决算表). */
  basic: number;
  project: number;
  /** Of which 一般公共预算财政拨款 (一般公共预算财政拨款支出决算表). */
  gpbBasic: number;
  gpbProject: number;
  /** 其他收入 booked under the code (收入决算表); its 财政拨款收入 is the item's 一般公共预算 spending. */
  otherIncome: number;
}

export interface EconLine {
  code: string;
  name: string;
  amount: number;
}

export interface SanGongPart {
  abroad: number;
  carBuy: number;
  carRun: number;
  reception: number;
}

export interface VariantFigures {
  department: string;
  year: number;
  /** Names of the 类 and 款 the items roll up to. */
  names: Record<string, string>;
  items: Item[];
  /** 年初结转和结余 (all funds) and, of it, 年初财政拨款结转和结余 (一般公共预算). */
  opening: number;
  fiscalOpening: number;
  /** 经济分类 款 of 人员经费 (301, 303) and 公用经费 (302, 310); they add up to the 基本支出 of 一般公共预算. */
  personnel: EconLine[];
  publicUse: EconLine[];
  sanGong: { budget: SanGongPart; actual: SanGongPart };
}

/**
 * A made-up district bureau (none of its figures is a real one): five classes, a dozen items, some
 * spending from other income, carried-over balances, and 元 amounts with odd tails so that rounding
 * each cell to 0.01 万元 leaves real cent differences.
 */
export const VARIANT_FIGURES: VariantFigures = (() => {
  const names: Record<string, string> = {
    '201': '一般公共服务支出',
    '20103': '政府办公厅（室）及相关机构事务',
    '207': '文化旅游体育与传媒支出',
    '20701': '文化和旅游',
    '208': '社会保障和就业支出',
    '20805': '行政事业单位养老支出',
    '210': '卫生健康支出',
    '21011': '行政事业单位医疗',
    '221': '住房保障支出',
    '22102': '住房改革支出',
  };
  const items: Item[] = [
    { code: '2010301', name: '行政运行', basic: 3_126_437, project: 0, gpbBasic: 3_126_437, gpbProject: 0, otherIncome: 0 },
    { code: '2010302', name: '一般行政管理事务', basic: 0, project: 486_215, gpbBasic: 0, gpbProject: 486_215, otherIncome: 0 },
    { code: '2070101', name: '行政运行', basic: 1_873_546, project: 0, gpbBasic: 1_873_546, gpbProject: 0, otherIncome: 0 },
    { code: '2070109', name: '群众文化', basic: 0, project: 2_254_381, gpbBasic: 0, gpbProject: 2_104_381, otherIncome: 152_367 },
    { code: '2070112', name: '文化和旅游市场管理', basic: 0, project: 731_694, gpbBasic: 0, gpbProject: 731_694, otherIncome: 0 },
    { code: '2070199', name: '其他文化和旅游支出', basic: 0, project: 318_826, gpbBasic: 0, gpbProject: 268_826, otherIncome: 50_004 },
    { code: '2080501', name: '行政单位离退休', basic: 412_356, project: 0, gpbBasic: 412_356, gpbProject: 0, otherIncome: 0 },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', basic: 604_117, project: 0, gpbBasic: 604_117, gpbProject: 0, otherIncome: 0 },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', basic: 302_061, project: 0, gpbBasic: 302_061, gpbProject: 0, otherIncome: 0 },
    { code: '2101101', name: '行政单位医疗', basic: 263_446, project: 0, gpbBasic: 263_446, gpbProject: 0, otherIncome: 0 },
    { code: '2101103', name: '公务员医疗补助', basic: 81_535, project: 0, gpbBasic: 81_535, gpbProject: 0, otherIncome: 0 },
    { code: '2210201', name: '住房公积金', basic: 455_276, project: 0, gpbBasic: 455_276, gpbProject: 0, otherIncome: 0 },
    { code: '2210203', name: '购房补贴', basic: 137_903, project: 0, gpbBasic: 137_903, gpbProject: 0, otherIncome: 0 },
  ];
  const gpbBasic = items.reduce((s, i) => s + i.gpbBasic, 0);
  const publicUse: EconLine[] = [
    { code: '30201', name: '办公费', amount: 183_425 },
    { code: '30205', name: '水费', amount: 21_308 },
    { code: '30206', name: '电费', amount: 96_117 },
    { code: '30207', name: '邮电费', amount: 42_663 },
    { code: '30211', name: '差旅费', amount: 38_214 },
    { code: '30213', name: '维修（护）费', amount: 57_936 },
    { code: '30215', name: '会议费', amount: 12_405 },
    { code: '30216', name: '培训费', amount: 26_818 },
    { code: '30217', name: '公务接待费', amount: 18_233 },
    { code: '30228', name: '工会经费', amount: 93_527 },
    { code: '30229', name: '福利费', amount: 114_306 },
    { code: '30231', name: '公务用车运行维护费', amount: 61_472 },
    { code: '30299', name: '其他商品和服务支出', amount: 48_095 },
    { code: '31002', name: '办公设备购置', amount: 73_964 },
  ];
  const fixedPersonnel: EconLine[] = [
    { code: '30101', name: '基本工资', amount: 1_316_270 },
    { code: '30102', name: '津贴补贴', amount: 1_748_115 },
    { code: '30103', name: '奖金', amount: 121_604 },
    { code: '30107', name: '绩效工资', amount: 902_337 },
    { code: '30108', name: '机关事业单位基本养老保险缴费', amount: 604_117 },
    { code: '30109', name: '职业年金缴费', amount: 302_061 },
    { code: '30110', name: '职工基本医疗保险缴费', amount: 263_446 },
    { code: '30113', name: '住房公积金', amount: 455_276 },
    { code: '30302', name: '退休费', amount: 412_356 },
    { code: '30307', name: '医疗费补助', amount: 81_535 },
  ];
  // 其他工资福利支出 takes what is left of 基本支出, so that 人员经费 + 公用经费 = 基本支出 in 元
  const rest = gpbBasic - publicUse.reduce((s, e) => s + e.amount, 0) - fixedPersonnel.reduce((s, e) => s + e.amount, 0);
  const personnel = [...fixedPersonnel.slice(0, 8), { code: '30199', name: '其他工资福利支出', amount: rest }, ...fixedPersonnel.slice(8)];
  return {
    department: '示例区文化和旅游局',
    year: 2024,
    names,
    items,
    opening: 1_043_718,
    fiscalOpening: 612_904,
    personnel,
    publicUse,
    sanGong: {
      budget: { abroad: 0, carBuy: 0, carRun: 70_000, reception: 25_000 },
      actual: { abroad: 0, carBuy: 0, carRun: 61_472, reception: 18_233 },
    },
  };
})();

// ---------------------------------------------------------------------------------------------
// Features

export interface Features {
  /** 科目编码 in one column, or split 类 | 款 | 项 with the higher parts on every row or printed once. */
  codes: 'single' | 'split' | 'split-once';
  /** The 合计 row of the code tables: its own row at the top, on the 类|款|项 label row (split codes), or at the bottom. */
  total: 'top' | 'label-row' | 'bottom';
  /** A 行次 column in T01/T04 and a 栏次 row under every header. */
  lineNumbers: boolean;
  /** The word over one-amount columns (T01, T04 收入, T06). */
  amountWord: '决算数' | '金额' | '本年决算数' | '决算金额';
  /** Band labels (收入 / 支出, 本年支出, 经济分类 …) merged over their columns, or written once at the left. */
  bands: 'merged' | 'unmerged';
  zero: 'blank' | '0.00' | '-' | '0';
  /** 注：/说明： lines under the tables (and 本表无数据 in the fund tables). */
  notes: boolean;
  /** Sheet names: the titles, 公开01表 ids (printed beside the title too), or Sheet1 …. */
  sheetNames: 'titles' | 'ids' | 'generic';
  unit: '万元' | '元';
  /** 部门：X in one cell, or 部门： and X in two. */
  department: 'one-cell' | 'two-cells';
  /** Amounts stored as numbers, or as text with thousands separators. */
  numbers: 'number' | 'text';
  /** 经济分类 codes in T06: five digits, or split 类 | 款. */
  econCodes: 'single' | 'split';
  /** T07: 预算数/决算数 pairs per item, or the six 预算数 then the six 决算数. */
  t07: 'by-item' | 'by-kind';
  /** T03 and T05 run over a page break: a blank row and the header printed again. */
  pageBreak: boolean;
  /** Re-saved by LibreOffice Calc (when soffice is installed). */
  resave: boolean;
}

export const FEATURE_VALUES: { [K in keyof Features]: Features[K][] } = {
  codes: ['single', 'split', 'split-once'],
  total: ['top', 'label-row', 'bottom'],
  lineNumbers: [false, true],
  amountWord: ['决算数', '金额', '本年决算数', '决算金额'],
  bands: ['merged', 'unmerged'],
  zero: ['blank', '0.00', '-', '0'],
  notes: [true, false],
  sheetNames: ['titles', 'ids', 'generic'],
  unit: ['万元', '元'],
  department: ['one-cell', 'two-cells'],
  numbers: ['number', 'text'],
  econCodes: ['single', 'split'],
  t07: ['by-item', 'by-kind'],
  pageBreak: [false, true],
  resave: [false, true],
};

/** A feature set as the generator will write it: the 合计 row shares the 类|款|项 row only when there is one and no 栏次 row. */
export function effective(f: Features): Features {
  return possible(f) ? f : { ...f, total: 'top' };
}

/** Values that cannot go together: the 合计 row on the 类|款|项 row needs split codes and no 栏次 row under it. */
function possible(f: Partial<Features>): boolean {
  return !(f.total === 'label-row' && (f.codes === 'single' || f.lineNumbers === true));
}

/** A small deterministic generator, so that the combinations are the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Feature sets in which every pair of values of two features occurs at least once (a greedy
 * all-pairs cover, deterministic): each feature varies independently of every other, except the
 * pairs possible() rules out. `fixed` pins features.
 */
export function combinations(fixed: Partial<Features> = {}, seed = 13): Features[] {
  const keys = (Object.keys(FEATURE_VALUES) as (keyof Features)[]).filter((k) => !(k in fixed));
  const values = (k: keyof Features) => FEATURE_VALUES[k] as unknown[];
  const uncovered = new Set<string>();
  const pairKey = (a: keyof Features, va: unknown, b: keyof Features, vb: unknown) => `${a}=${String(va)}|${b}=${String(vb)}`;
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      for (const va of values(keys[i])) for (const vb of values(keys[j])) if (possible({ [keys[i]]: va, [keys[j]]: vb })) uncovered.add(pairKey(keys[i], va, keys[j], vb));
  const rand = prng(seed);
  const rows: Features[] = [];
  const covers = (row: Record<string, unknown>) => {
    let n = 0;
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) if (uncovered.has(pairKey(keys[i], row[keys[i]], keys[j], row[keys[j]]))) n++;
    return n;
  };
  while (uncovered.size) {
    let best: Record<string, unknown> | undefined;
    let bestN = -1;
    // each candidate holds the first pair still missing; the rest at random; the one covering most wins
    const [want] = uncovered;
    const pinned = Object.fromEntries(want.split('|').map((kv) => kv.split('=')));
    for (let t = 0; t < 60; t++) {
      const row: Record<string, unknown> = {};
      for (const k of keys) {
        const vs = values(k);
        row[k] = k in pinned ? vs.find((v) => String(v) === pinned[k]) : vs[Math.floor(rand() * vs.length)];
      }
      if (!possible(row)) continue;
      const n = covers(row);
      if (n > bestN) [best, bestN] = [row, n];
    }
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) uncovered.delete(pairKey(keys[i], best![keys[i]], keys[j], best![keys[j]]));
    rows.push({ ...(best as unknown as Features), ...fixed });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Faults

export interface Fault {
  /** Table key and the cell changed. */
  table: string;
  sheet: string;
  cell: string;
  /** The row and column, in words. */
  what: string;
  /** The figure before and after, in 元. */
  yuan: number;
  faulty: number;
}

// ---------------------------------------------------------------------------------------------
// Writing

const TITLES: Record<string, string> = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算表',
  T07: '财政拨款“三公”经费支出决算表',
  T08: '政府性基金预算财政拨款收入支出决算表',
  T09: '国有资本经营预算财政拨款收入支出决算表',
};

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'];

/** The 功能分类 classes a 总表 lists (all of them, filled or not, as the forms do). */
const CLASSES: [string, string][] = [
  ['201', '一般公共服务支出'], ['202', '外交支出'], ['203', '国防支出'], ['204', '公共安全支出'], ['205', '教育支出'], ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'], ['208', '社会保障和就业支出'], ['210', '卫生健康支出'], ['211', '节能环保支出'], ['212', '城乡社区支出'],
  ['213', '农林水支出'], ['214', '交通运输支出'], ['215', '资源勘探工业信息等支出'], ['216', '商业服务业等支出'], ['217', '金融支出'],
  ['219', '援助其他地区支出'], ['220', '自然资源海洋气象等支出'], ['221', '住房保障支出'], ['222', '粮油物资储备支出'], ['224', '灾害防治及应急管理支出'],
  ['229', '其他支出'],
];

interface Line {
  code: string;
  name: string;
  values: number[];
}

/** Roll the items up to 款, 类 and 合计 with `values(item)` per amount column. */
function rollUp(fig: VariantFigures, values: (i: Item) => number[]): { lines: Line[]; total: number[] } {
  const acc = new Map<string, Line>();
  const add = (code: string, name: string, v: number[]) => {
    const line = acc.get(code) ?? { code, name, values: v.map(() => 0) };
    v.forEach((x, k) => (line.values[k] += x));
    acc.set(code, line);
  };
  for (const it of fig.items) {
    const v = values(it);
    add(it.code.slice(0, 3), fig.names[it.code.slice(0, 3)], v);
    add(it.code.slice(0, 5), fig.names[it.code.slice(0, 5)], v);
    add(it.code, it.name, v);
  }
  const lines = [...acc.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const total = lines.filter((l) => l.code.length === 3).reduce((t, l) => t.map((x, k) => x + l.values[k]), lines[0].values.map(() => 0));
  return { lines, total };
}

type Value = string | number | null | { yuan: number; tag?: string };

class SheetWriter {
  row = 1;
  readonly amounts: { cell: string; yuan: number; tag: string }[] = [];
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly f: Features,
    readonly key: string,
  ) {}

  /** An amount as the layout shows it: [value, number format]. */
  show(yuan: number): [string | number | null, string | undefined] {
    const { f } = this;
    const wan = f.unit === '万元';
    const scaled = wan ? Math.sign(yuan) * Math.floor((Math.abs(yuan) + 50) / 100) : yuan; // 分 of 万元, half up
    const decimals = wan ? 2 : 0;
    if (scaled === 0) {
      if (f.zero === 'blank') return [null, undefined];
      if (f.zero === '-') return ['-', undefined];
      if (f.zero === '0') return f.numbers === 'text' ? ['0', undefined] : [0, '0'];
      return f.numbers === 'text' ? [wan ? '0.00' : '0', undefined] : [0, wan ? '#,##0.00' : '#,##0'];
    }
    if (f.numbers === 'text') {
      const s = Math.abs(scaled).toString().padStart(decimals + 1, '0');
      const int = s.slice(0, s.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return [(scaled < 0 ? '-' : '') + int + (decimals ? '.' + s.slice(-decimals) : ''), undefined];
    }
    return [wan ? scaled / 100 : scaled, wan ? '#,##0.00' : '#,##0'];
  }

  put(r: number, c: number, v: Value): void {
    if (v === null) return;
    const cell = this.ws.getCell(r, c);
    if (typeof v === 'object') {
      this.amounts.push({ cell: cell.address, yuan: v.yuan, tag: v.tag ?? '' });
      const [value, fmt] = this.show(v.yuan);
      if (value === null) return;
      cell.value = value;
      if (fmt) cell.numFmt = fmt;
      return;
    }
    cell.value = v;
  }

  line(values: Value[]): number {
    const r = this.row++;
    values.forEach((v, i) => this.put(r, i + 1, v));
    return r;
  }

  /** A merge that is part of the printed layout (always kept). */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2);
  }

  /** A band label over columns c1…c2: merged, or written once at the left (as retyped sheets have it). */
  band(r: number, c1: number, c2: number, text: string, rows = 1): void {
    this.put(r, c1, text);
    if (this.f.bands === 'merged') this.merge(r, c1, r + rows - 1, c2);
  }

  /** A label over rows r1…r2 of one column: merged vertically, or (unmerged) in its top cell, where unmerging leaves it. */
  tall(r1: number, r2: number, c: number, text: string): void {
    this.put(r1, c, text);
    if (this.f.bands === 'merged') this.merge(r1, c, r2, c);
  }

  head(title: string, fig: VariantFigures, width: number): void {
    const { f } = this;
    this.put(this.row, 1, `${fig.year}年度${title}`);
    this.merge(this.row, 1, this.row, width);
    if (f.sheetNames === 'ids') this.put(++this.row, width, `公开${this.key.slice(1)}表`);
    this.row++;
    if (f.department === 'one-cell') this.put(this.row, 1, `部门：${fig.department}`);
    else {
      this.put(this.row, 1, '部门：');
      this.put(this.row, 2, fig.department);
    }
    this.put(this.row, width, `单位：${f.unit}`);
    this.row++;
  }

  note(text: string, width: number): void {
    if (!this.f.notes) return;
    const r = this.line([text]);
    this.merge(r, 1, r, width);
  }
}

/** 栏次 row: the label, blanks under the label columns, 1, 2, 3 … under the amounts. */
function columnNumbers(w: SheetWriter, labelCols: number, amountCols: number): void {
  if (!w.f.lineNumbers) return;
  const cells: Value[] = ['栏次', ...Array(labelCols - 1).fill(null)];
  for (let i = 1; i <= amountCols; i++) cells.push(i);
  w.line(cells);
}

/** The code columns' cells of one row. */
function codeCells(f: Features, code: string, prev: string | undefined): Value[] {
  if (f.codes === 'single') return [code];
  const lei = code.slice(0, 3);
  const kuan = code.slice(3, 5) || null;
  const xiang = code.slice(5, 7) || null;
  if (f.codes === 'split') return [lei, kuan, xiang];
  // printed once: a part the row above already showed is left blank
  const same = (n: number) => !!prev && prev.length >= n && prev.slice(0, n) === code.slice(0, n) && code.length > n;
  return [same(3) ? null : lei, same(5) ? null : kuan, xiang];
}

/**
 * A table with rows by 功能分类 code (T02, T03, T05): the header, the 合计 row where the layout puts it,
 * the lines, notes; a page break (blank row, header again) after the `breakAfter`th line.
 */
function codeTable(w: SheetWriter, lines: Line[], total: number[], columns: string[], band: string | undefined, tags: string[], note: string, breakAfter?: number): void {
  const f = w.f;
  const nc = f.codes === 'single' ? 1 : 3; // code columns
  const nameCol = nc + 1;
  const first = nameCol + 1; // first amount column
  const width = nameCol + columns.length;
  const writeHeader = (again: boolean) => {
    const top = w.row;
    const split = f.codes !== 'single';
    const rows = split ? 3 : 2;
    const labelRowFirst = !again && f.total === 'label-row';
    // the label block: 项目 over 科目编码 (类|款|项) and 科目名称; with the 合计 row on the 类|款|项 row,
    // 合计 stands in the name column there and the amount headers end one row higher
    const amountBottom = labelRowFirst ? top + rows - 2 : top + rows - 1;
    w.band(top, 1, nameCol, '项目');
    if (split) {
      w.band(top + 1, 1, 3, '支出功能分类科目编码');
      w.put(top + 2, 1, '类');
      w.put(top + 2, 2, '款');
      w.put(top + 2, 3, '项');
      if (labelRowFirst) {
        w.put(top + 1, nameCol, '科目名称');
        w.put(top + 2, nameCol, '合计');
      } else w.tall(top + 1, top + 2, nameCol, '科目名称');
    } else {
      w.put(top + 1, 1, '科目编码');
      w.put(top + 1, nameCol, '科目名称');
    }
    // amount columns: under a band (本年支出 …) or each over the whole header height
    columns.forEach((label, i) => {
      const c = first + i;
      if (band) {
        if (i === 0) w.band(top, first, first + columns.length - 1, band);
        w.tall(top + 1, amountBottom, c, label);
      } else w.tall(top, amountBottom, c, label);
    });
    w.row = top + rows;
    if (labelRowFirst) total.forEach((v, i) => w.put(top + rows - 1, first + i, { yuan: v, tag: tags[i] ? `total.${tags[i]}` : '' }));
    columnNumbers(w, nameCol, columns.length);
  };
  writeHeader(false);
  const totalLine = () => {
    const r = w.line([...(f.codes === 'single' ? ['合计', null] : ['合计', null, null, null]), ...total.map((v, i) => ({ yuan: v, tag: tags[i] ? `total.${tags[i]}` : '' }))]);
    w.merge(r, 1, r, nameCol);
  };
  if (f.total === 'top') totalLine();
  let prev: string | undefined;
  lines.forEach((l, n) => {
    if (n === breakAfter) {
      w.row++; // a blank row, then the header again as the next page prints it
      writeHeader(true);
      prev = undefined;
    }
    const tag = l.code.length === 7 ? 'item' : l.code.length === 3 ? 'class' : 'kuan';
    w.line([...codeCells(f, l.code, prev), l.name, ...l.values.map((v, i) => ({ yuan: v, tag: tags[i] ? `${tag}.${tags[i]}.${l.code}` : '' }))]);
    prev = l.code;
  });
  if (f.total === 'bottom') totalLine();
  w.note(note, width);
  w.ws.columns.forEach((c) => (c.width = 14));
}

function writeT01(w: SheetWriter, fig: VariantFigures, t03: { lines: Line[]; total: number[] }, income: { fiscal: number; other: number }): void {
  const f = w.f;
  const n = f.lineNumbers ? 3 : 2; // columns per side
  const top = w.row;
  w.band(top, 1, n, '收入');
  w.band(top, n + 1, 2 * n, '支出');
  const labels = f.lineNumbers ? ['项目', '行次', f.amountWord] : ['项目', f.amountWord];
  w.row = top + 1;
  w.line([...labels, ...labels]);
  if (f.lineNumbers) w.line(['栏次', null, 1, '栏次', null, 2]);
  const incomeRows: [string, number, string][] = [
    ['一、一般公共预算财政拨款收入', income.fiscal, 'inc.gpb'],
    ['二、政府性基金预算财政拨款收入', 0, ''],
    ['三、国有资本经营预算财政拨款收入', 0, ''],
    ['四、上级补助收入', 0, ''],
    ['五、事业收入', 0, ''],
    ['六、经营收入', 0, ''],
    ['七、附属单位上缴收入', 0, ''],
    ['八、其他收入', income.other, 'inc.other'],
  ];
  const classTotal = new Map(t03.lines.filter((l) => l.code.length === 3).map((l) => [l.code, l.values[0]]));
  const expenseRows: [string, number, string][] = CLASSES.map(([code, name], i) => [`${ORDINALS[i]}、${name}`, classTotal.get(code) ?? 0, classTotal.has(code) ? `exp.class.${code}` : '']);
  const spend = t03.total[0];
  const incomeTotal = income.fiscal + income.other;
  const grand = incomeTotal + fig.opening;
  const side = (label: string | null, no: number, yuan: number | null, tag: string): Value[] => {
    const cells: Value[] = [label];
    if (f.lineNumbers) cells.push(label ? no : null);
    cells.push(label === null || yuan === null ? null : { yuan, tag });
    return cells;
  };
  const rows = Math.max(incomeRows.length, expenseRows.length);
  for (let i = 0; i < rows; i++) {
    const a = incomeRows[i];
    const b = expenseRows[i];
    w.line([...side(a?.[0] ?? null, i + 1, a?.[1] ?? null, a?.[2] ?? ''), ...side(b?.[0] ?? null, rows + i + 1, b?.[1] ?? null, b?.[2] ?? '')]);
  }
  let no = 2 * rows + 1;
  const pair = (l: string, lv: number, lt: string, r: string, rv: number, rt: string) => w.line([...side(l, no++, lv, lt), ...side(r, no++, rv, rt)]);
  pair('本年收入合计', incomeTotal, 'inc.total', '本年支出合计', spend, 'exp.total');
  pair('使用非财政拨款结余（含专用结余）', 0, '', '结余分配', 0, '');
  pair('年初结转和结余', fig.opening, 'inc.opening', '年末结转和结余', grand - spend, 'exp.closing');
  pair('总计', grand, 'inc.grand', '总计', grand, 'exp.grand');
  w.note('注：本表反映部门本年度的总收支和年末结转结余情况。', 2 * n);
}

function writeT04(w: SheetWriter, fig: VariantFigures, t05: { lines: Line[]; total: number[] }, fiscal: number): void {
  const f = w.f;
  const n = f.lineNumbers ? 3 : 2;
  const e = f.lineNumbers ? 2 : 1;
  const top = w.row;
  w.band(top, 1, n, '收入');
  w.band(top, n + 1, n + e + 4, '支出');
  w.row = top + 1;
  const left = f.lineNumbers ? ['项目', '行次', f.amountWord] : ['项目', f.amountWord];
  const right = f.lineNumbers ? ['项目', '行次'] : ['项目'];
  w.line([...left, ...right, '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
  if (f.lineNumbers) w.line(['栏次', null, 1, '栏次', null, 2, 3, 4, 5]);
  const classTotal = new Map(t05.lines.filter((l) => l.code.length === 3).map((l) => [l.code, l.values[0]]));
  const spend = t05.total[0];
  const grand = fiscal + fig.fiscalOpening;
  const incomeRows: [string, number, string][] = [
    ['一、一般公共预算财政拨款', fiscal, 'inc.gpb'],
    ['二、政府性基金预算财政拨款', 0, ''],
    ['三、国有资本经营预算财政拨款', 0, ''],
  ];
  const expenseRows: [string, number, string][] = CLASSES.map(([code, name], i) => [`${ORDINALS[i]}、${name}`, classTotal.get(code) ?? 0, classTotal.has(code) ? code : '']);
  const leftCells = (label: string | null, no: number, yuan: number | null, tag: string): Value[] => {
    const cells: Value[] = [label];
    if (f.lineNumbers) cells.push(label ? no : null);
    cells.push(label === null || yuan === null ? null : { yuan, tag });
    return cells;
  };
  const rightCells = (label: string | null, no: number, yuan: number | null, tag: string): Value[] => {
    const cells: Value[] = [label];
    if (f.lineNumbers) cells.push(label ? no : null);
    if (label === null || yuan === null) return [...cells, null, null, null, null];
    return [...cells, { yuan, tag: tag ? `exp.total.${tag}` : '' }, { yuan, tag: tag ? `exp.gpb.${tag}` : '' }, { yuan: 0 }, { yuan: 0 }];
  };
  const rows = Math.max(incomeRows.length, expenseRows.length);
  for (let i = 0; i < rows; i++) {
    const a = incomeRows[i];
    const b = expenseRows[i];
    w.line([...leftCells(a?.[0] ?? null, i + 1, a?.[1] ?? null, a?.[2] ?? ''), ...rightCells(b?.[0] ?? null, rows + i + 1, b?.[1] ?? null, b?.[2] ?? '')]);
  }
  let no = 2 * rows + 1;
  w.line([...leftCells('本年收入合计', no++, fiscal, 'inc.total'), ...rightCells('本年支出合计', no++, spend, 'sum')]);
  w.line([...leftCells('年初财政拨款结转和结余', no++, fig.fiscalOpening, 'inc.opening'), ...rightCells('年末财政拨款结转和结余', no++, grand - spend, 'closing')]);
  w.line([...leftCells('一般公共预算财政拨款', no++, fig.fiscalOpening, 'opening.gpb'), ...rightCells(null, 0, null, '')]);
  w.line([...leftCells('政府性基金预算财政拨款', no++, 0, ''), ...rightCells(null, 0, null, '')]);
  w.line([...leftCells('国有资本经营预算财政拨款', no++, 0, ''), ...rightCells(null, 0, null, '')]);
  w.line([...leftCells('总计', no++, grand, 'inc.grand'), ...rightCells('总计', no++, grand, 'grand')]);
  w.note('注：本表反映部门本年度财政拨款总收支和年末结转结余情况。', n + e + 4);
}

const ECON_CLASSES: Record<string, string> = { '301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助', '310': '资本性支出' };

function writeT06(w: SheetWriter, fig: VariantFigures): void {
  const f = w.f;
  const group = (list: EconLine[]): EconLine[] => {
    const out: EconLine[] = [];
    for (const k of [...new Set(list.map((e) => e.code.slice(0, 3)))].sort()) {
      const kids = list.filter((e) => e.code.startsWith(k));
      out.push({ code: k, name: ECON_CLASSES[k], amount: kids.reduce((s, e) => s + e.amount, 0) }, ...kids);
    }
    return out;
  };
  const groups = [group(fig.personnel), group(fig.publicUse)];
  const split = f.econCodes === 'split';
  const per = split ? 4 : 3; // columns per group
  const top = w.row;
  const rows = split ? 3 : 1;
  groups.forEach((_, g) => {
    const c = g * per + 1;
    if (split) {
      w.band(top, c, c + 1, '经济分类');
      w.band(top + 1, c, c + 1, '科目编码');
      w.put(top + 2, c, '类');
      w.put(top + 2, c + 1, '款');
      w.tall(top, top + 2, c + 2, '科目名称');
      w.tall(top, top + 2, c + 3, f.amountWord);
    } else {
      w.put(top, c, '经济分类科目编码');
      w.put(top, c + 1, '科目名称');
      w.put(top, c + 2, f.amountWord);
    }
  });
  w.row = top + rows;
  const n = Math.max(...groups.map((g) => g.length));
  for (let i = 0; i < n; i++) {
    const cells: Value[] = [];
    for (const g of groups) {
      const e = g[i];
      const tag = e ? (e.code.length === 3 ? `class.${e.code}` : `kuan.${e.code}`) : '';
      const code: Value[] = !e ? (split ? [null, null] : [null]) : split ? [e.code.slice(0, 3), e.code.slice(3) || null] : [e.code];
      cells.push(...code, e ? e.name : null, e ? { yuan: e.amount, tag } : null);
    }
    w.line(cells);
  }
  const r = w.row;
  const personnel = fig.personnel.reduce((s, e) => s + e.amount, 0);
  const publicUse = fig.publicUse.reduce((s, e) => s + e.amount, 0);
  const cells: Value[] = Array(2 * per).fill(null);
  cells[0] = '人员经费合计';
  cells[per - 1] = { yuan: personnel, tag: 'personnel.total' };
  cells[per] = '公用经费合计';
  cells[2 * per - 1] = { yuan: publicUse, tag: 'public.total' };
  w.line(cells);
  w.merge(r, 1, r, per - 1);
  w.merge(r, per + 1, r, 2 * per - 1);
  w.note('注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。', 2 * per);
}

function writeT07(w: SheetWriter, fig: VariantFigures): void {
  const f = w.f;
  const s = fig.sanGong;
  const six = (p: SanGongPart) => [p.abroad + p.carBuy + p.carRun + p.reception, p.abroad, p.carBuy + p.carRun, p.carBuy, p.carRun, p.reception];
  const items = ['total', 'abroad', 'car', 'carBuy', 'carRun', 'reception'];
  const top = w.row;
  if (f.t07 === 'by-item') {
    // a band over all twelve, the items, the car sub-items over an empty header row (as some print
    // it), then 预算数 | 决算数 under each
    const merged = f.bands === 'merged';
    const block = (r: number, c1: number, c2: number, rows: number, text: string) => {
      w.put(r, c1, text);
      if (merged) w.merge(r, c1, r + rows - 1, c2);
    };
    block(top, 1, 12, 1, '财政拨款“三公”经费');
    block(top + 1, 1, 2, 3, '合计');
    block(top + 1, 3, 4, 3, '因公出国（境）费');
    block(top + 1, 5, 10, 1, '公务用车购置及运行维护费');
    block(top + 1, 11, 12, 3, '公务接待费');
    block(top + 2, 5, 6, 2, '小计');
    block(top + 2, 7, 8, 2, '公务用车购置费');
    block(top + 2, 9, 10, 2, '公务用车运行维护费');
    w.row = top + 4;
    w.line(Array.from({ length: 12 }, (_, i) => (i % 2 ? '决算数' : '预算数')));
    if (f.lineNumbers) w.line(Array.from({ length: 12 }, (_, i) => i + 1));
    const b = six(s.budget);
    const a = six(s.actual);
    w.line(b.flatMap((v, i) => [{ yuan: v, tag: `budget.${items[i]}` }, { yuan: a[i], tag: `actual.${items[i]}` }]));
  } else {
    ['预算数', '决算数'].forEach((kind, g) => {
      const o = g * 6 + 1;
      w.band(top, o, o + 5, kind);
      w.tall(top + 1, top + 2, o, '合计');
      w.tall(top + 1, top + 2, o + 1, '因公出国（境）费');
      w.band(top + 1, o + 2, o + 4, '公务用车购置及运行维护费');
      w.put(top + 2, o + 2, '小计');
      w.put(top + 2, o + 3, '公务用车购置费');
      w.put(top + 2, o + 4, '公务用车运行维护费');
      w.tall(top + 1, top + 2, o + 5, '公务接待费');
    });
    w.row = top + 3;
    if (f.lineNumbers) w.line(Array.from({ length: 12 }, (_, i) => i + 1));
    w.line([...six(s.budget).map((v, i) => ({ yuan: v, tag: `budget.${items[i]}` })), ...six(s.actual).map((v, i) => ({ yuan: v, tag: `actual.${items[i]}` }))]);
  }
  w.note('注：本表反映部门本年度“三公”经费支出预决算情况。', 12);
}

function writeFund(w: SheetWriter, fig: VariantFigures, fund: string): void {
  const f = w.f;
  const nc = f.codes === 'single' ? 1 : 3;
  const nameCol = nc + 1;
  const top = w.row;
  w.band(top, 1, nameCol, '项目');
  if (nc === 3) {
    w.band(top + 1, 1, 3, '支出功能分类科目编码');
    w.put(top + 2, 1, '类');
    w.put(top + 2, 2, '款');
    w.put(top + 2, 3, '项');
  } else w.tall(top + 1, top + 2, 1, '科目编码');
  w.tall(top + 1, top + 2, nameCol, '科目名称');
  const c = nameCol + 1;
  w.tall(top, top + 2, c, '年初结转和结余');
  w.tall(top, top + 2, c + 1, '本年收入');
  w.band(top, c + 2, c + 4, '本年支出');
  w.tall(top + 1, top + 2, c + 2, '小计');
  w.tall(top + 1, top + 2, c + 3, '基本支出');
  w.tall(top + 1, top + 2, c + 4, '项目支出');
  w.tall(top, top + 2, c + 5, '年末结转和结余');
  w.row = top + 3;
  columnNumbers(w, nameCol, 6);
  if (f.notes) {
    w.row += 2; // the blank lines of the empty form
    const r = w.line(['合计']);
    w.merge(r, 1, r, nameCol);
    w.note(`说明：${fig.department}本年度没有${fund}收入，也没有使用${fund}安排的支出，故本表无数据。`, c + 5);
  } else {
    const r = w.line(['合计', ...Array(nc).fill(null), ...Array(6).fill({ yuan: 0 })]);
    w.merge(r, 1, r, nameCol);
  }
}

function sheetName(f: Features, key: string, i: number): string {
  if (f.sheetNames === 'ids') return `公开${key.slice(1)}表`;
  if (f.sheetNames === 'generic') return `Sheet${i + 1}`;
  return TITLES[key].replace(/[“”]/g, '');
}

export interface Generated {
  buffer: Buffer;
  faults: Fault[];
  /** The features as written (see effective()). */
  features: Features;
  /** Whether the LibreOffice re-save was done (soffice installed). */
  resaved: boolean;
}

/** The workbook of `fig` in the layout `features`, and the one-cell faults it must report. */
export async function generate(fig: VariantFigures, features: Features): Promise<Generated> {
  const f = effective(features);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'fa variants';
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  const t03 = rollUp(fig, (i) => [i.basic + i.project, i.basic, i.project, 0, 0, 0]);
  const t05 = rollUp(fig, (i) => [i.gpbBasic + i.gpbProject, i.gpbBasic, i.gpbProject]);
  const t02 = rollUp(fig, (i) => [i.gpbBasic + i.gpbProject + i.otherIncome, i.gpbBasic + i.gpbProject, 0, 0, 0, 0, i.otherIncome]);
  const fiscal = t02.total[1];
  const other = t02.total[6];
  const breakAt = (n: number) => (f.pageBreak ? Math.ceil(n / 2) : undefined);
  const writers: SheetWriter[] = [];
  for (const [i, key] of Object.keys(TITLES).entries()) {
    const ws = wb.addWorksheet(sheetName(f, key, i));
    const w = new SheetWriter(ws, f, key);
    writers.push(w);
    const nc = f.codes === 'single' ? 2 : 4;
    const width: Record<string, number> = { T01: f.lineNumbers ? 6 : 4, T02: nc + 7, T03: nc + 6, T04: f.lineNumbers ? 9 : 7, T05: nc + 3, T06: f.econCodes === 'split' ? 8 : 6, T07: 12, T08: nc + 6, T09: nc + 6 };
    w.head(TITLES[key], fig, width[key]);
    switch (key) {
      case 'T01':
        writeT01(w, fig, t03, { fiscal, other });
        break;
      case 'T02':
        codeTable(w, t02.lines, t02.total, ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'], undefined, ['total', 'fiscal', '', '', '', '', 'other'], '注：本表反映部门本年度取得的各项收入情况。');
        break;
      case 'T03':
        codeTable(w, t03.lines, t03.total, ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'], undefined, ['total', 'basic', 'project', '', '', ''], '注：本表反映部门本年度各项支出情况。', breakAt(t03.lines.length));
        break;
      case 'T04':
        writeT04(w, fig, t05, fiscal);
        break;
      case 'T05':
        codeTable(w, t05.lines, t05.total, f.amountWord === '决算数' || f.amountWord === '金额' ? ['合计', '基本支出', '项目支出'] : ['小计', '基本支出', '项目支出'], f.amountWord === '决算数' || f.amountWord === '金额' ? undefined : '本年支出', ['total', 'basic', 'project'], '注：本表反映部门本年度一般公共预算财政拨款支出情况。', breakAt(t05.lines.length));
        break;
      case 'T06':
        writeT06(w, fig);
        break;
      case 'T07':
        writeT07(w, fig);
        break;
      case 'T08':
        writeFund(w, fig, '政府性基金预算财政拨款');
        break;
      case 'T09':
        writeFund(w, fig, '国有资本经营预算财政拨款');
        break;
    }
  }
  let buffer: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  let resaved = false;
  if (f.resave && hasSoffice()) {
    buffer = libreOfficeResave(buffer);
    resaved = true;
  }
  return { buffer, faults: faultsOf(writers), features: f, resaved };
}

/** The cells to change, by what they hold: totals, classes, items and the 三公 figures of T01, T03 … T07. */
const FAULT_TAGS: Record<string, RegExp[]> = {
  T01: [/^inc\.total$/, /^exp\.class\./, /^inc\.opening$/],
  T03: [/^item\.basic\./, /^class\.total\./, /^total\.project$/],
  T04: [/^exp\.gpb\./, /^inc\.grand$/, /^inc\.opening$/],
  T05: [/^item\.project\./, /^total\.total$/, /^kuan\.basic\./],
  T06: [/^kuan\.302/, /^personnel\.total$/, /^class\.301$/],
  T07: [/^actual\.reception$/, /^budget\.carRun$/, /^actual\.total$/],
};

function faultsOf(writers: SheetWriter[]): Fault[] {
  const faults: Fault[] = [];
  for (const w of writers) {
    for (const re of FAULT_TAGS[w.key] ?? []) {
      const a = w.amounts.find((x) => re.test(x.tag));
      if (!a) continue;
      // one more (or, for a figure at least that large, one less) 1.23 万元, which no rounding explains
      const delta = a.yuan >= 30_000 ? -12_300 : 12_300;
      faults.push({ table: w.key, sheet: w.ws.name, cell: a.cell, what: a.tag, yuan: a.yuan, faulty: a.yuan + delta });
    }
  }
  return faults;
}

/** The workbook with one fault written in, in the layout's own way of showing amounts. */
export async function withFault(buffer: Buffer, fault: Fault, features: Features): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(fault.sheet)!;
  const w = new SheetWriter(ws, effective(features), fault.table);
  const cell = ws.getCell(fault.cell);
  const [value, fmt] = w.show(fault.faulty);
  cell.value = value;
  if (fmt) cell.numFmt = fmt;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function hasSoffice(): boolean {
  try {
    execFileSync('which', ['soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function libreOfficeResave(buffer: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'fa-variant-lo-'));
  try {
    writeFileSync(join(dir, 'in.xlsx'), buffer);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'in.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const out = join(dir, 'out', 'in.xlsx');
    if (!existsSync(out)) throw new Error('LibreOffice wrote nothing');
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
