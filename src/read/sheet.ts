// One sheet → one recognised table (or a notice saying why not).
import { DEPARTMENT_LABEL, KIND_BUDGET, KIND_FINAL } from '../data/headers.js';
import { ROLE_WORDS, type TableDef } from '../data/tables.js';
import type { Finding, MoneyUnit, SheetInfo, Table } from '../model/types.js';
import { bare, clean } from '../model/text.js';
import { SheetContext } from './context.js';
import type { Grid } from './grid.js';
import { assignRoles, findHeader, headerWords, type Header, type HeaderColumn } from './header.js';
import { readCodeRows } from './layouts/codes.js';
import { readEcon } from './layouts/econ.js';
import { assignSangong, readSangong, readVerticalSangong, verticalSangong, type SangongCell } from './layouts/sangong.js';
import { positionalRoles, readSides } from './layouts/sides.js';

const TOP_ROWS = 8;
const UNIT = /(?:金额)?单位[：:]\s*(万元|千元|元)(?![\u4e00-\u9fa5])/;
const UNIT_IN_HEADER = /[（(](万元|千元|元)[)）]/;
const DEPARTMENT = new RegExp(`${DEPARTMENT_LABEL}[：:]\\s*([^\\s：:]+?)(?=\\s|$|金额单位|单位[：:])`);
/** "部门：" alone in its cell: the name is in the next cell to the right. */
const DEPARTMENT_ALONE = new RegExp(`^${DEPARTMENT_LABEL}[：:]?$`);
const UNIT_WORD = /^(万元|千元|元)$/;
const PRINTED_ID = /(公开\s*\d+\s*表|附表\s*\d+|表\s*\d+(?:-\d+)?)$/;

export interface SheetMeta {
  title?: string;
  titleRow?: number;
  def?: TableDef;
  printedId?: string;
  unit?: MoneyUnit;
  unitCell?: string;
  department?: string;
  year?: number;
  /** The table was named by the sheet's name, not by a title in it. */
  byName?: boolean;
  /** What the top rows say the sheet is: a 决算 table or a 预算 table. */
  kind?: 'final' | 'budget';
  /** The text that said it was a budget table. */
  kindText?: string;
}

/** Title, printed id, unit, department and year from the rows above the header. */
export function sheetMeta(grid: Grid, defs: TableDef[]): SheetMeta {
  const meta: SheetMeta = {};
  let best = 0;
  let titleKind: SheetMeta['kind'];
  let titleText: string | undefined;
  let wordKind: SheetMeta['kind'];
  for (let r = 1; r <= Math.min(grid.maxRow, TOP_ROWS); r++) {
    for (let c = 1; c <= grid.maxCol; c++) {
      const cell = grid.cell(r, c);
      if (!cell || cell.kind !== 'text') continue;
      const text = clean(cell.text);
      const b = bare(cell.text);
      for (const def of defs)
        for (const t of def.titles) {
          const tb = bare(t);
          if (tb.length > best && b.includes(tb) && b.length <= tb.length + 40) {
            best = tb.length;
            meta.def = def;
            meta.title = cell.text.trim();
            meta.titleRow = r;
          }
        }
      const id = PRINTED_ID.exec(text);
      if (id && text.length <= 12) meta.printedId = id[1];
      if (!meta.unit) {
        const here = UNIT.exec(cell.text)?.[1];
        const next = here ? undefined : UNIT_ALONE.test(text) ? grid.cell(r, c + 1) : undefined;
        const unit = here ?? (next && UNIT_WORD.test(next.clean) ? next.clean : undefined);
        if (unit) {
          meta.unit = unit as MoneyUnit;
          meta.unitCell = (here ? cell : next!).address;
        }
      }
      if (!meta.department) {
        const dept = DEPARTMENT.exec(cell.text.trim());
        if (dept && !UNIT_WORD.test(dept[1])) meta.department = dept[1];
        else if (DEPARTMENT_ALONE.test(text)) meta.department = nameRightOf(grid, r, c);
      }
      // what the sheet is: its title says it (a text naming a 表); header words (决算数 / 预算数) only
      // when no title does
      const kind = KIND_FINAL.test(text) ? 'final' : KIND_BUDGET.test(text) ? 'budget' : undefined;
      if (kind) {
        const titled = /表/.test(text);
        if (titled && !titleKind) [titleKind, titleText] = [kind, cell.text.trim()];
        if (!wordKind || kind === 'final') wordKind = kind;
      }
      const year = /(20\d{2})\s*年/.exec(text);
      if (year && !meta.year && (meta.titleRow === r || /决算/.test(text))) meta.year = +year[1];
    }
  }
  meta.kind = titleKind ?? wordKind;
  if (meta.kind === 'budget') meta.kindText = titleText;
  // no title in the sheet: its name may be one ("收入决算表", "3.支出决算表")
  if (!meta.def && meta.kind !== 'budget') {
    const name = bare(grid.sheet);
    let bestName = 0;
    for (const def of defs)
      for (const t of def.titles) {
        const tb = bare(t);
        if (tb.length > bestName && name.includes(tb) && name.length <= tb.length + 12) {
          bestName = tb.length;
          meta.def = def;
          meta.byName = true;
        }
      }
  }
  return meta;
}

/** "单位：" alone in its cell, and 万元 in the next. */
const UNIT_ALONE = /^(金额)?单位：?$/;

/** The department name in the first text cell right of a "部门：" label, when it is one. */
function nameRightOf(grid: Grid, r: number, c: number): string | undefined {
  for (let k = c + 1; k <= grid.maxCol; k++) {
    const cell = grid.cell(r, k);
    if (!cell || cell.kind !== 'text') continue;
    const t = clean(cell.text);
    if (UNIT.test(cell.text) || UNIT_WORD.test(t) || !/[\u4e00-\u9fa5]{2,}/.test(t)) return undefined;
    return t;
  }
  return undefined;
}

/** Unit written in a header cell ("金额（万元）"), for sheets without a 单位 line. */
export function unitInHeader(grid: Grid, header: Header): MoneyUnit | undefined {
  if (header.unit) return header.unit;
  for (const h of header.columns) {
    const m = UNIT_IN_HEADER.exec(h.path.join('|'));
    if (m) return m[1] as MoneyUnit;
  }
  return undefined;
}

interface Parsed {
  header: Header;
  roles: Map<string, HeaderColumn[]>;
  missing: string[];
  /** T07 printed one row per item: where each figure is. */
  vertical?: SangongCell[];
}

function parseHeader(grid: Grid, def: TableDef, from: number, words: Set<string>): Parsed | undefined {
  const header = findHeader(grid, from, words);
  if (!header) return undefined;
  let roles: Map<string, HeaderColumn[]>;
  let vertical: SangongCell[] | undefined;
  if (def.layout === 'sangong') {
    roles = new Map([...assignSangong(header)].map((r) => [r, []]));
    if (def.required.some((r) => !roles.has(r))) {
      // not one column per figure: perhaps one row per item
      for (const h of header.columns) delete h.role;
      vertical = verticalSangong({ grid }, header);
      roles = new Map(vertical.map((x) => [x.role, []]));
    }
  } else {
    roles = assignRoles(header, def.columns, def.layout === 'econ');
    if (def.layout === 'sides') positionalRoles(def, header, roles);
  }
  // a code split into 类 | 款 (| 项) stands for the code column
  const missing = def.required.filter((r) => !roles.has(r) && !(r === 'code' && roles.has('code.lei')));
  return { header, roles, missing, vertical };
}

/** Recognise a sheet without a known title by its header signature alone. */
function bySignature(grid: Grid, defs: TableDef[], words: Set<string>): { def: TableDef; parsed: Parsed } | undefined {
  const fits: { def: TableDef; parsed: Parsed; score: number }[] = [];
  for (const def of defs) {
    if (!def.core) continue;
    const parsed = parseHeader(grid, def, 1, words);
    if (!parsed || parsed.missing.length) continue;
    if ((def.forbidden ?? []).some((r) => parsed.roles.has(r))) continue;
    if (def.signatureAny && !def.signatureAny.some((r) => parsed.roles.has(r))) continue;
    fits.push({ def, parsed, score: parsed.roles.size });
  }
  fits.sort((a, b) => b.score - a.score);
  if (fits.length === 0 || (fits.length > 1 && fits[0].score === fits[1].score)) return undefined;
  return fits[0];
}

export interface SheetResult {
  table?: Table;
  findings: Finding[];
  meta: SheetMeta;
  /** How the sheet was recognised, or why it was not used. */
  info: SheetInfo;
}

/** The header cells a reader saw (for a message saying what was not found): the first texts below `from`. */
function seenCells(grid: Grid, header: Header | undefined, from: number): string[] {
  const seen: string[] = [];
  if (header) {
    for (const h of header.columns) for (const p of h.path) if (!seen.includes(p)) seen.push(p);
  } else {
    for (let r = from; r <= Math.min(grid.maxRow, from + 6) && seen.length < 12; r++)
      for (let c = 1; c <= grid.maxCol; c++) {
        const cell = grid.cell(r, c);
        const t = cell?.kind === 'text' ? clean(cell.text) : '';
        if (t && t.length <= 20 && !seen.includes(t)) seen.push(t);
      }
  }
  return seen.slice(0, 16);
}

export function readSheet(file: string, grid: Grid, defs: TableDef[], unitFallback: MoneyUnit | undefined, meta: SheetMeta = sheetMeta(grid, defs)): SheetResult {
  const words = headerWords(defs);
  let def = meta.def;
  const from = (meta.titleRow ?? 0) + 1;
  let parsed = def ? parseHeader(grid, def, from, words) : undefined;
  const findings: Finding[] = [];
  const info: SheetInfo = { sheet: grid.sheet, ...(meta.title ? { title: meta.title } : {}) };
  let by: SheetInfo['by'] = meta.byName ? 'sheet' : 'title';
  if (!def) {
    // a sheet that calls itself a budget table is never taken for a 决算 table by its header
    const sig = meta.kind === 'budget' ? undefined : bySignature(grid, defs, words);
    if (!sig) {
      info.skipped = meta.kind === 'budget' ? 'budget' : 'unknown';
      info.seen = seenCells(grid, undefined, from);
      return { findings, meta, info };
    }
    def = sig.def;
    parsed = sig.parsed;
    by = 'signature';
  }
  info.table = def.key;
  info.by = by;
  if (!def.core) {
    return { findings, meta, info, table: { key: def.key, core: false, sheet: grid.sheet, title: meta.title ?? def.titles[0], unit: meta.unit ?? unitFallback ?? '万元', empty: false, columns: [], rows: [] } };
  }
  if (!parsed || parsed.missing.length) {
    const missing = parsed ? parsed.missing.map((r) => ROLE_WORDS[r] ?? r) : ['表头'];
    const seen = seenCells(grid, parsed?.header, from);
    findings.push({
      rule: 'read-header-unrecognised',
      severity: 'warning',
      args: { title: meta.title ?? def.titles[0], missing: missing.join('、'), seen: seen.join(' | ') || '—' },
      location: { file, sheet: grid.sheet, table: def.key },
    });
    delete info.by;
    delete info.table;
    return { findings, meta, info: { ...info, skipped: 'header', tried: def.key, missing, seen } };
  }
  let unit = meta.unit ?? unitInHeader(grid, parsed.header);
  let unitSource = meta.unitCell ? `${grid.sheet}!${meta.unitCell}` : unit ? 'header' : undefined;
  if (!unit) {
    unit = unitFallback ?? '万元';
    unitSource = unitFallback ? 'workbook' : 'assumed';
    findings.push({
      rule: 'read-unit-missing',
      severity: unitFallback ? 'info' : 'warning',
      args: { unit, from: unitFallback ? 'workbook' : 'assumed' },
      location: { file, sheet: grid.sheet, table: def.key },
    });
  }
  const ctx = new SheetContext(file, grid, unit, def.key);
  const { header, roles } = parsed;
  let rows;
  let empty = false;
  switch (def.layout) {
    case 'sides':
      rows = readSides(ctx, def, header, roles);
      break;
    case 'econ':
      ({ rows, empty } = readEcon(ctx, header, roles));
      break;
    case 'sangong':
      rows = parsed.vertical ? readVerticalSangong(ctx, parsed.vertical) : readSangong(ctx, header);
      break;
    default:
      ({ rows, empty } = readCodeRows(ctx, header, roles));
  }
  const table: Table = {
    key: def.key,
    core: true,
    sheet: grid.sheet,
    title: meta.title ?? def.titles[0],
    printedId: meta.printedId,
    unit,
    unitSource,
    empty: empty || rows.length === 0,
    columns: header.columns.filter((h) => h.role).map((h) => ({ role: h.role!, col: h.col, label: h.label })),
    rows,
  };
  findings.push(...ctx.findings);
  return { table, findings, meta, info };
}
