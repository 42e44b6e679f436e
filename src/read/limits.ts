// What one input may cost. A department's real workbook has nine to thirty sheets and at most a few
// thousand rows (some 50,000 cells, 1–5 MB of XML); its narrative a few hundred paragraphs. The
// limits leave ten times that and more, and keep a file at all of them under 1 GB of memory
// (README, "Limits"). Each can be changed with its environment variable.

export interface Limits {
  /** Bytes the parts read from one package may inflate to (FA_MAX_UNCOMPRESSED_MB); also the largest input file, twice over. */
  bytes: number;
  /** Entries of one zip package (FA_MAX_ENTRIES). */
  entries: number;
  /** Cells of one workbook, counted as they are parsed, merged cells included (FA_MAX_CELLS). */
  cells: number;
  /** Rows of one workbook (FA_MAX_ROWS). */
  rows: number;
  /** Sheets of one workbook (FA_MAX_SHEETS). */
  sheets: number;
  /** Rows × columns a sheet's content may span: the readers look at every place in it (FA_MAX_AREA). */
  area: number;
  /** Paragraphs and table cells of one narrative (FA_MAX_PARAGRAPHS). */
  paragraphs: number;
  /** XML elements of one package, all parts (cells, rows, strings, styles …) together; not configurable: ten per cell. */
  elements: number;
  /** Nesting depth of XML (real documents: under 40). */
  depth: number;
  /** Seconds for reading and checking one file (FA_MAX_SECONDS). */
  seconds: number;
  /** Megabytes of JavaScript heap for checking one file (FA_MAX_MEMORY_MB). */
  memoryMb: number;
}

const num = (v: string | undefined, fallback: number) => {
  const n = +(v ?? '');
  return n > 0 && Number.isFinite(n) ? n : fallback;
};

export function limits(env: NodeJS.ProcessEnv = process.env): Limits {
  const cells = num(env.FA_MAX_CELLS, 500_000);
  return {
    bytes: num(env.FA_MAX_UNCOMPRESSED_MB, 64) * 1024 * 1024,
    entries: num(env.FA_MAX_ENTRIES, 1000),
    cells,
    rows: num(env.FA_MAX_ROWS, 100_000),
    sheets: num(env.FA_MAX_SHEETS, 100),
    area: num(env.FA_MAX_AREA, 5_000_000),
    paragraphs: num(env.FA_MAX_PARAGRAPHS, 100_000),
    elements: Math.max(cells * 10, 1_000_000),
    depth: 256,
    seconds: num(env.FA_MAX_SECONDS, 60),
    memoryMb: num(env.FA_MAX_MEMORY_MB, 768),
  };
}

/** The environment variables above, to hand to a worker thread with its job. */
export function limitEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => /^FA_/.test(e[0]) && e[1] !== undefined));
}
