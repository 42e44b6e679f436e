// An .xlsx package → exceljs's Workbook, found through the package's relationships and read once.
//
// Why not exceljs's own load(): it unzips with JSZip (first entry of a duplicated name wins, sizes
// as declared), matches parts by fixed lower-case names (a sheet part named Sheet5.xml is lost),
// inflates images and drawings nobody reads, and builds every cell before anyone can count them.
// Here the zip layer (zip.ts) checks the package and inflates only the parts named by the
// relationships (_rels/.rels → workbook → its sheets, shared strings and styles), each part's
// elements are counted before it is parsed (xml-scan.ts), and exceljs's own parsers build the
// model from the text, skipping what fa does not read (drawings, validations, hyperlinks …).
import type ExcelJS from 'exceljs';
import { excelParts } from '../vendor/exceljs.js';
import { knownType, type RowModel } from './cell-model.js';
import type { Limits } from './limits.js';
import { scanXml, utf8Xml, xmlChunks, XmlLimitError } from './xml-scan.js';
import { ZipError, ZipPackage } from './zip.js';

/** A workbook over a limit, or not an .xlsx after all; `args` fill the message. */
export class LoadError extends Error {
  constructor(
    readonly problem: 'corrupt' | 'too-many-sheets' | 'too-many-cells' | 'too-many-rows' | 'too-many-elements' | 'xml-depth' | 'xml-dtd',
    readonly args: Record<string, string> = {},
  ) {
    super(`${problem} ${JSON.stringify(args)}`);
  }
}

interface Rel {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface XlsxInternals {
  parseRels(chunks: Iterable<string>): Promise<Rel[]>;
  parseWorkbook(chunks: Iterable<string>): Promise<{ sheets?: { name: string; id: number; rId: string; state?: string }[]; properties?: object; views?: unknown }>;
  _processWorksheetEntry(chunks: Iterable<string>, model: object, sheetNo: number, options: object, path: string): Promise<void>;
  reconcile(model: object, options: object): void;
}

// Worksheet elements fa does not read, skipped by exceljs's parser; which also keeps their quirks
// out (a validation over A:XFD expands to every cell; a hyperlink or table without its
// relationship fails). Read: the cells, the merges, the columns (their widths and hidden flags;
// their ranges are clamped to Excel's 16,384 below), the views.
const IGNORED = ['autoFilter', 'rowBreaks', 'hyperlinks', 'pageMargins', 'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts', 'conditionalFormatting', 'extLst'];

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A relationship's target as a part name: relative to the source part's folder unless it starts with '/'. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURI(target);
  } catch {
    // an invalid escape is kept as written
  }
  const out = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split(/[/\\]/)) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Where a part's relationships are: word/document.xml → word/_rels/document.xml.rels. */
export function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

const isType = (rel: Rel, kind: string) => new RegExp(`/${kind}$`, 'i').test(rel.Type ?? '');

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A1:B2 → its bounds, or undefined when it is no range inside Excel's grid. */
function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  const a = { r: +m[2], c: colNumber(m[1]) };
  const b = m[3] ? { r: +m[4], c: colNumber(m[3]) } : a;
  const r = { top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) };
  return r.top >= 1 && r.left >= 1 && r.bottom <= MAX_ROW && r.right <= MAX_COL ? r : undefined;
}


// exceljs's ValueType
const STRING = 3;
const ERROR = 10;
/** Excel's longest cell text. */
const MAX_TEXT = 32_767;

/**
 * Rows and cells as the sheet numbers them, checked: r attributes may be left out (the next row,
 * the next column: exceljs fails on a first cell without one), but a row or cell given twice is
 * two readings of one place, and a number outside Excel's grid no place at all.
 */
function numberRows(rows: RowModel[] | undefined, sheet: string, strings: number): void {
  let prev = 0;
  // rows and cells come in order as a rule: a set is kept only once one does not
  let seen: Set<number> | undefined;
  for (const row of rows ?? []) {
    if (!row) continue;
    if (!(row.number! > 0)) row.number = prev + 1;
    const n = row.number!;
    if (n > MAX_ROW || !Number.isInteger(n)) throw new LoadError('corrupt', { reason: `工作表「${sheet}」的行号 ${n} 超出 Excel 的范围` });
    if (n <= prev || seen) {
      seen ??= new Set((rows ?? []).slice(0, rows!.indexOf(row)).map((r) => r?.number ?? 0));
      if (seen.has(n)) throw new LoadError('corrupt', { reason: `工作表「${sheet}」的第 ${n} 行出现了两次` });
      seen.add(n);
    }
    prev = n;
    let col = 0;
    let cols: Set<number> | undefined;
    for (const cell of row.cells ?? []) {
      if (!cell) continue;
      const next = cell.address ? columnOf(cell.address) : col + 1;
      if (!cell.address) cell.address = `${colName(next)}${n}`;
      else if (next > 0 && cell.address.charCodeAt(0) > 90) cell.address = cell.address.toUpperCase();
      if (!(next > 0) || next > MAX_COL) throw new LoadError('corrupt', { reason: `工作表「${sheet}」的单元格地址 ${cell.address.slice(0, 20)} 无效` });
      if (next <= col || cols) {
        cols ??= new Set(row.cells!.slice(0, row.cells!.indexOf(cell)).map((c) => (c?.address ? columnOf(c.address) : 0)));
        if (cols.has(next)) throw new LoadError('corrupt', { reason: `工作表「${sheet}」的单元格 ${cell.address} 出现了两次` });
        cols.add(next);
      }
      col = next;
      // a shared string that is not there would be read as its index, a number
      if (cell.type === STRING && typeof cell.value === 'number' && !(cell.value >= 0 && cell.value < strings))
        throw new LoadError('corrupt', { reason: `工作表「${sheet}」的单元格 ${cell.address} 引用了不存在的共享字符串` });
    }
  }
}

/** The column of an address (B12 → 2; lower case too), 0 when it is none. */
function columnOf(address: string): number {
  let c = 0;
  let i = 0;
  for (; i < address.length && i < 4; i++) {
    const ch = address.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    c = c * 26 + ch - 64;
  }
  if (i === 0 || i > 3 || i === address.length) return 0;
  for (let k = i; k < address.length; k++) {
    const d = address.charCodeAt(k);
    if (d < 48 || d > 57) return 0;
  }
  return c;
}

function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The length of a cell's text, plain or rich. */
function textLength(v: unknown): number {
  if (typeof v === 'string') return v.length;
  const runs = (v as { richText?: { text?: unknown }[] } | null)?.richText;
  return Array.isArray(runs) ? runs.reduce((n, r) => n + String(r?.text ?? '').length, 0) : 0;
}

const broken = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v)) || (v instanceof Date && Number.isNaN(v.getTime()));

/**
 * Values no spreadsheet holds, as the errors Excel would show: a number past the float range
 * (1e400) or not a number, a date outside the calendar; a text longer than a cell can hold refuses
 * the workbook (no program made it).
 */
function settleValues(worksheets: { name?: string; rows?: RowModel[] }[]): void {
  for (const ws of worksheets)
    for (const row of ws.rows ?? [])
      for (const cell of row?.cells ?? []) {
        if (!cell) continue;
        if (broken(cell.value)) {
          cell.type = ERROR;
          cell.value = { error: '#NUM!' };
        }
        if (broken(cell.result)) cell.result = { error: '#NUM!' };
        if (textLength(cell.value) > MAX_TEXT || textLength(cell.result) > MAX_TEXT)
          throw new LoadError('corrupt', { reason: `工作表「${ws.name ?? ''}」的单元格 ${cell.address} 的文字超过 Excel 一个单元格最多 ${MAX_TEXT} 字的上限` });
      }
}

/** A parser's failure in words for the user: where, never the JavaScript text of a library. */
function parseFailure(part: string, e: unknown): Error {
  if (e instanceof ZipError || e instanceof LoadError) return e;
  if (e instanceof XmlLimitError) return new LoadError(e.problem === 'xml-elements' ? 'too-many-elements' : e.problem, { part, count: String(e.limit) });
  // saxes says where: "…:12:34: unclosed tag"
  const at = /(\d+):(\d+): /.exec(String((e as Error)?.message ?? ''));
  return new LoadError('corrupt', { reason: at ? `部件 ${part} 不是有效的 XML（第 ${at[1]} 行第 ${at[2]} 列）` : `部件 ${part} 的内容不符合 xlsx 格式`, entry: part });
}

export async function loadXlsx(bytes: Uint8Array, lim: Limits): Promise<ExcelJS.Workbook> {
  return (await load(bytes, lim, false)).wb;
}

/** A sheet as exceljs's worksheet (name, state, merges) and its rows as parsed models. */
export interface LoadedSheet {
  worksheet: ExcelJS.Worksheet;
  rows: RowModel[];
}

/**
 * The sheets in workbook order, each with its rows left as exceljs parsed them: exceljs's own row and
 * cell objects (most of a large load's objects and of its time) are not built; cell-model.ts reads
 * the models as those objects would.
 */
export async function loadSheets(bytes: Uint8Array, lim: Limits): Promise<LoadedSheet[]> {
  const { wb, rows } = await load(bytes, lim, true);
  return wb.worksheets.map((worksheet) => ({ worksheet, rows: rows.get(String(worksheet.id)) ?? [] }));
}

async function load(bytes: Uint8Array, lim: Limits, detach: boolean): Promise<{ wb: ExcelJS.Workbook; rows: Map<string, RowModel[]> }> {
  const pkg = new ZipPackage(bytes, { bytes: lim.bytes, entries: lim.entries });
  const { Workbook, SharedStringsXform, StylesXform } = await excelParts();
  const wb = new Workbook();
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  let elements = 0;

  /** A part's text, counted, in pieces; undefined when the package has no such part. */
  const part = (name: string, watch: string[] = []): { chunks: Iterable<string>; named: number[] } | undefined => {
    const entry = pkg.find(name);
    if (entry === undefined) return undefined;
    try {
      const utf8 = utf8Xml(pkg.read(entry)!);
      const counts = scanXml(utf8, watch, lim.depth, lim.elements - elements, lim.elements);
      elements += counts.elements;
      return { chunks: xmlChunks(utf8), named: counts.named };
    } catch (e) {
      throw parseFailure(entry, e);
    }
  };
  const parse = async <T>(name: string, fn: (chunks: Iterable<string>) => Promise<T>): Promise<T | undefined> => {
    const p = part(name);
    if (!p) return undefined;
    try {
      return await fn(p.chunks);
    } catch (e) {
      throw parseFailure(name, e);
    }
  };
  const rels = async (source: string): Promise<Rel[]> => ((await parse(relsOf(source), (c) => xlsx.parseRels(c))) ?? []).filter((r) => r && r.TargetMode !== 'External' && r.Target);

  // the workbook part: as the package's relationships name it (xl/workbook.xml when it has none)
  const root = await rels('');
  const office = root.find((r) => isType(r, 'officeDocument'));
  const bookPath = office ? resolveTarget('', office.Target) : 'xl/workbook.xml';
  const bookRels = await rels(bookPath);
  const book = await parse(bookPath, (c) => xlsx.parseWorkbook(c));
  if (!book) throw new LoadError('corrupt', { reason: `找不到工作簿部件 ${bookPath}` });
  const byId = new Map(bookRels.map((r) => [r.Id, r]));
  const sheets = (book.sheets ?? []).filter((s) => byId.has(s.rId) && isType(byId.get(s.rId)!, 'worksheet'));
  if (sheets.length > lim.sheets) throw new LoadError('too-many-sheets', { sheets: String(sheets.length), limit: String(lim.sheets) });
  // findings name a sheet by its name: two of one name (Excel allows none, in any case) would be one place
  const names = new Set<string>();
  for (const sh of sheets) {
    const key = String(sh.name ?? '').toLowerCase();
    if (names.has(key)) throw new LoadError('corrupt', { reason: `两张工作表同名「${String(sh.name).slice(0, 31)}」` });
    names.add(key);
  }

  const model: Record<string, unknown> & { worksheetHash: Record<string, { mergeCells?: string[] }> } = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  // shared strings and styles first: a sheet's references to them are checked as it is read
  const stylesRel = bookRels.find((r) => isType(r, 'styles'));
  const stringsRel = bookRels.find((r) => isType(r, 'sharedStrings'));
  model.styles = await parse(stylesRel ? resolveTarget(bookPath, stylesRel.Target) : 'xl/styles.xml', async (c) => {
    const x = new StylesXform();
    await x.parseStream(c);
    return x;
  });
  model.sharedStrings = await parse(stringsRel ? resolveTarget(bookPath, stringsRel.Target) : 'xl/sharedStrings.xml', async (c) => {
    const x = new SharedStringsXform();
    await x.parseStream(c);
    return x;
  });
  const strings = () => ((model.sharedStrings as { values?: unknown[] } | undefined)?.values?.length ?? 0);
  const options = { ignoreNodes: IGNORED };
  let cells = 0;
  let rows = 0;
  const seen = new Set<string>();
  for (const [i, sheet] of sheets.entries()) {
    const rel = byId.get(sheet.rId)!;
    const name = pkg.find(resolveTarget(bookPath, rel.Target));
    if (name === undefined) continue; // as Excel does, a sheet whose part is missing is left out
    if (seen.has(name)) throw new LoadError('corrupt', { reason: `两张工作表指向同一个部件 ${name}` });
    seen.add(name);
    const p = part(name, ['c', 'row'])!;
    cells += p.named[0];
    rows += p.named[1];
    if (cells > lim.cells) throw new LoadError('too-many-cells', { cells: String(cells), limit: String(lim.cells), sheet: sheet.name });
    if (rows > lim.rows) throw new LoadError('too-many-rows', { rows: String(rows), limit: String(lim.rows), sheet: sheet.name });
    // exceljs finds a sheet by this name (reconcile: 'xl/' + the relationship's target)
    const canonical = `worksheets/sheet${i + 1}.xml`;
    try {
      await xlsx._processWorksheetEntry(p.chunks, model, i + 1, options, `xl/${canonical}`);
    } catch (e) {
      throw parseFailure(name, e);
    }
    rel.Target = canonical;
    const parsed = model.worksheetHash[`xl/${canonical}`] as { rows?: RowModel[]; cols?: { min?: number; max?: number }[] } | undefined;
    numberRows(parsed?.rows, sheet.name, strings());
    // exceljs makes one column object for every column a range names: <col max="1000000000"> is none of Excel's
    if (parsed?.cols)
      parsed.cols = parsed.cols.filter((c) => c && +c.min! >= 1 && +c.min! <= MAX_COL).map((c) => ({ ...c, max: Math.min(Math.max(+c.max! || +c.min!, +c.min!), MAX_COL) }));
    // a merged range becomes one exceljs cell per place it covers: the cells it adds count too
    const covered = new Set<number>();
    for (const ref of model.worksheetHash[`xl/${canonical}`]?.mergeCells ?? []) {
      const r = rangeOf(ref);
      if (!r) throw new LoadError('corrupt', { reason: `工作表「${sheet.name}」的合并区域 ${ref.slice(0, 40)} 无效` });
      cells += (r.bottom - r.top + 1) * (r.right - r.left + 1) - 1;
      if (cells > lim.cells) throw new LoadError('too-many-cells', { cells: String(cells), limit: String(lim.cells), sheet: sheet.name });
      for (let y = r.top; y <= r.bottom; y++)
        for (let x = r.left; x <= r.right; x++) {
          const key = y * (MAX_COL + 1) + x;
          if (covered.has(key)) throw new LoadError('corrupt', { reason: `工作表「${sheet.name}」的合并区域相互重叠（${ref}）` });
          covered.add(key);
        }
    }
  }

  // defined names (print areas …) are not read: exceljs's reconcile of them fails on unusual ranges
  Object.assign(model, { sheets, views: book.views, properties: book.properties ?? {}, calcProperties: {}, workbookRels: bookRels, globalRels: root });
  try {
    xlsx.reconcile(model, options);
  } catch (e) {
    throw new LoadError('corrupt', { reason: '工作簿的内容不符合 xlsx 格式' + (e instanceof RangeError ? '（结构过于复杂）' : '') });
  }
  const worksheets = model.worksheets as { id?: unknown; name?: string; rows?: RowModel[] }[];
  settleValues(worksheets);
  // exceljs keeps a sheet by its id (a later one of the same id replaces an earlier)
  const rowsById = new Map<string, RowModel[]>();
  if (detach)
    for (const ws of worksheets) {
      for (const row of ws.rows ?? []) for (const cell of row?.cells ?? []) if (cell && !knownType(cell)) throw new LoadError('corrupt', { reason: '工作簿的内容不符合 xlsx 格式' });
      rowsById.set(String(ws.id), ws.rows ?? []);
      ws.rows = [];
    }
  try {
    (wb as unknown as { model: object }).model = model;
  } catch (e) {
    throw new LoadError('corrupt', { reason: '工作簿的内容不符合 xlsx 格式' + (e instanceof RangeError ? '（结构过于复杂）' : '') });
  }
  return { wb, rows: rowsById };
}
