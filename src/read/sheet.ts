// One sheet → one recognised table (or a notice saying why not).
import type { TableDef } from '../data/tables.js';
import type { Finding, MoneyUnit, Table } from '../model/types.js';
import { bare, clean } from '../model/text.js';
import { SheetContext } from './context.js';
import type { Grid } from './grid.js';
import { assignRoles, findHeader, type Header, type HeaderColumn } from './header.js';
import { readCodeRows } from './layouts/codes.js';
import { readEcon } from './layouts/econ.js';
import { assignSangong, readSangong } from './layouts/sangong.js';
import { positionalRoles, readSides } from './layouts/sides.js';

const TOP_ROWS = 8;
const UNIT = /(?:金额)?单位[：:]\s*(万元|千元|元)(?![\u4e00-\u9fa5])/;
const UNIT_IN_HEADER = /[（(](万元|千元|元)[)）]/;
const DEPARTMENT = /(?:部门|单位|编制单位|填报单位|预算单位|部门名称|单位名称)[：:]\s*([^\s：:]+?)(?=\s|$|金额单位|单位[：:])/;
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
}

/** Title, printed id, unit, department and year from the rows above the header. */
export function sheetMeta(grid: Grid, defs: TableDef[]): SheetMeta {
  const meta: SheetMeta = {};
  let best = 0;
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
      const unit = UNIT.exec(cell.text);
      if (unit && !meta.unit) {
        meta.unit = unit[1] as MoneyUnit;
        meta.unitCell = cell.address;
      }
      const dept = DEPARTMENT.exec(cell.text.trim());
      if (dept && !/^(万元|千元|元)$/.test(dept[1]) && !meta.department) meta.department = dept[1];
      const year = /(20\d{2})\s*年/.exec(text);
      if (year && !meta.year && (meta.titleRow === r || /决算/.test(text))) meta.year = +year[1];
    }
  }
  return meta;
}

/** Unit written in a header cell ("金额（万元）"), for sheets without a 单位 line. */
export function unitInHeader(grid: Grid, header: Header): MoneyUnit | undefined {
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
}

function parseHeader(grid: Grid, def: TableDef, from: number): Parsed | undefined {
  const header = findHeader(grid, from);
  if (!header) return undefined;
  let roles: Map<string, HeaderColumn[]>;
  if (def.layout === 'sangong') {
    roles = new Map([...assignSangong(header)].map((r) => [r, []]));
  } else {
    roles = assignRoles(header, def.columns, def.layout === 'econ');
    if (def.layout === 'sides') positionalRoles(header, roles);
  }
  const missing = def.required.filter((r) => !roles.has(r));
  return { header, roles, missing };
}

/** Recognise a sheet without a known title by its header signature alone. */
function bySignature(grid: Grid, defs: TableDef[]): { def: TableDef; parsed: Parsed } | undefined {
  const fits: { def: TableDef; parsed: Parsed; score: number }[] = [];
  for (const def of defs) {
    if (!def.core) continue;
    const parsed = parseHeader(grid, def, 1);
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
}

export function readSheet(file: string, grid: Grid, defs: TableDef[], unitFallback: MoneyUnit | undefined, meta: SheetMeta = sheetMeta(grid, defs)): SheetResult {
  let def = meta.def;
  let parsed = def ? parseHeader(grid, def, (meta.titleRow ?? 0) + 1) : undefined;
  const findings: Finding[] = [];
  if (!def) {
    const sig = bySignature(grid, defs);
    if (!sig) return { findings, meta };
    def = sig.def;
    parsed = sig.parsed;
  }
  if (!def.core) {
    return { findings, meta, table: { key: def.key, core: false, sheet: grid.sheet, title: meta.title ?? def.titles[0], unit: meta.unit ?? unitFallback ?? '万元', empty: false, columns: [], rows: [] } };
  }
  if (!parsed || parsed.missing.length) {
    findings.push({
      rule: 'read-header-unrecognised',
      severity: 'warning',
      args: { title: meta.title ?? def.titles[0], missing: parsed ? parsed.missing.join('、') : '表头' },
      location: { file, sheet: grid.sheet, table: def.key },
    });
    return { findings, meta };
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
      rows = readSangong(ctx, header);
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
  for (const f of ctx.findings) findings.push(f); // not a spread: a table can have more findings than a call has arguments
  return { table, findings, meta };
}
