// Workbook mutations for the fuzz test, made on the package's XML (a few milliseconds a case,
// where reading and writing the workbook with exceljs took a quarter of a second): cells changed,
// rows deleted (the rows below move up), sheets deleted or copied, header cells swapped.
import { fixtureEntries, rawZip, type RawEntry } from './hostile.js';

export type CellValue = string | number | { error: string } | { formula: string } | null;

export type Mutation =
  | { kind: 'cell'; sheet: number; row: number; col: number; value: CellValue }
  | { kind: 'delete-row'; sheet: number; row: number }
  | { kind: 'delete-sheet'; sheet: number }
  | { kind: 'duplicate-sheet'; sheet: number }
  | { kind: 'swap-header'; sheet: number; a: number; b: number };

interface Sheet {
  name: string;
  /** hidden, veryHidden or '' */
  state: string;
  rId: string;
  part: string;
  /** Row → column → the cell's XML (without its r attribute's value, which is made on writing). */
  cells: Map<number, Map<number, string>>;
  head: string;
  tail: string;
}

interface Book {
  entries: RawEntry[];
  sheets: Sheet[];
}

const text = (d: string | Uint8Array) => (typeof d === 'string' ? d : Buffer.from(d).toString('utf8'));

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CELL = /<c r="([A-Z]+)(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;

function parseSheet(xml: string): Pick<Sheet, 'cells' | 'head' | 'tail'> {
  const start = xml.indexOf('<sheetData');
  const open = xml.indexOf('>', start) + 1;
  const selfClosed = xml[open - 2] === '/';
  const end = selfClosed ? open : xml.indexOf('</sheetData>');
  const cells = new Map<number, Map<number, string>>();
  for (const m of xml.slice(open, end).matchAll(CELL)) {
    const r = +m[2];
    const c = colNumber(m[1]);
    if (!cells.has(r)) cells.set(r, new Map());
    cells.get(r)!.set(c, `<c R${m[3]}${m[4]}`);
  }
  return { cells, head: xml.slice(0, start) + '<sheetData>', tail: '</sheetData>' + xml.slice(selfClosed ? open : end + '</sheetData>'.length) };
}

function writeSheet(s: Sheet): string {
  const rows = [...s.cells.entries()].filter(([, m]) => m.size).sort((a, b) => a[0] - b[0]);
  const body = rows
    .map(([r, m]) => `<row r="${r}">${[...m.entries()].sort((a, b) => a[0] - b[0]).map(([c, x]) => x.replace('<c R', `<c r="${colName(c)}${r}"`)).join('')}</row>`)
    .join('');
  return s.head + body + s.tail;
}

const cache = new Map<string, Book>();

function load(name: string): Book {
  let book = cache.get(name);
  if (!book) {
    const entries = fixtureEntries(name);
    const get = (n: string) => text(entries.find((e) => e.name === n)!.data);
    const rels = new Map([...get('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    const sheets = [...get('xl/workbook.xml').matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"[^>]*?\/>/g)].map((m) => {
      const part = 'xl/' + rels.get(m[2])!.replace(/^\/?xl\//, '');
      return { name: m[1], rId: m[2], state: /state="(\w+)"/.exec(m[0])?.[1] ?? '', part, ...parseSheet(get(part)) };
    });
    book = { entries, sheets };
    cache.set(name, book);
  }
  return book;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function cellXml(v: CellValue): string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') return `<c R><v>${v}</v></c>`;
  if (typeof v === 'string') return `<c R t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  if ('error' in v) return `<c R t="e"><v>${esc(v.error)}</v></c>`;
  return `<c R><f>${esc(v.formula)}</f></c>`;
}

/**
 * A fixture with the mutations applied, as .xlsx bytes (stored, not deflated: quicker), and each
 * sheet's extent (rows, columns) for checking that findings point at cells that exist.
 */
export function mutateWorkbook(name: string, muts: Mutation[]): { bytes: Buffer; sheets: Map<string, { rows: number; cols: number }> } {
  const book = load(name);
  let sheets: Sheet[] = book.sheets.map((s) => ({ ...s, cells: new Map([...s.cells].map(([r, m]) => [r, new Map(m)])) }));
  let copies = 0;
  for (const m of muts) {
    const ws = sheets[m.sheet % sheets.length];
    if (m.kind === 'cell') {
      const x = cellXml(m.value);
      if (!ws.cells.has(m.row)) ws.cells.set(m.row, new Map());
      if (x) ws.cells.get(m.row)!.set(m.col, x);
      else ws.cells.get(m.row)!.delete(m.col);
    } else if (m.kind === 'delete-row') {
      ws.cells = new Map([...ws.cells].filter(([r]) => r !== m.row).map(([r, c]) => [r > m.row ? r - 1 : r, c]));
    } else if (m.kind === 'delete-sheet' && sheets.length > 1) sheets = sheets.filter((s) => s !== ws);
    else if (m.kind === 'duplicate-sheet') {
      const n = ++copies;
      sheets.push({ ...ws, name: `${ws.name.slice(0, 20)}副本${n}`, rId: `rIdCopy${n}`, part: `xl/worksheets/copy${n}.xml`, cells: new Map([...ws.cells].map(([r, c]) => [r, new Map(c)])) });
    } else if (m.kind === 'swap-header') {
      for (const r of [4, 5]) {
        const row = ws.cells.get(r);
        if (!row) continue;
        const a = row.get(m.a);
        const b = row.get(m.b);
        row.delete(m.a);
        row.delete(m.b);
        if (b) row.set(m.a, b);
        if (a) row.set(m.b, a);
      }
    }
  }
  const keep = book.entries.filter((e) => !book.sheets.some((s) => s.part === e.name) && e.name !== 'xl/workbook.xml' && e.name !== 'xl/_rels/workbook.xml.rels');
  const wbXml = text(book.entries.find((e) => e.name === 'xl/workbook.xml')!.data).replace(
    /<sheets>[\s\S]*?<\/sheets>/,
    `<sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="${s.rId}"/>`).join('')}</sheets>`,
  );
  const relsXml = text(book.entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels')!.data)
    .replace(/<Relationship [^>]*?Type="[^"]*\/worksheet"[^>]*?\/>/g, '')
    .replace('</Relationships>', sheets.map((s) => `<Relationship Id="${s.rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${s.part.replace(/^xl\//, '')}"/>`).join('') + '</Relationships>');
  const bytes = rawZip([
    ...keep.map((e) => ({ ...e, method: 0 as const })),
    { name: 'xl/workbook.xml', data: wbXml, method: 0 },
    { name: 'xl/_rels/workbook.xml.rels', data: relsXml, method: 0 },
    ...sheets.map((s) => ({ name: s.part, data: writeSheet(s), method: 0 as const })),
  ]);
  const dims = new Map(
    sheets.map((s) => {
      let rows = 1;
      let cols = 1;
      for (const [r, m] of s.cells)
        if (m.size) {
          rows = Math.max(rows, r);
          for (const c of m.keys()) cols = Math.max(cols, c);
        }
      return [s.name, { rows, cols }];
    }),
  );
  return { bytes, sheets: dims };
}
