// Command-line paths → the list of inputs: workbooks (directories searched recursively for .xlsx, .xlsm
// and .xls, which the reader converts like one given by name) and narratives.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export type InputKind = 'workbook' | 'narrative' | 'unsupported' | 'empty-directory';

export interface Input {
  path: string;
  kind: InputKind;
}

const WORKBOOK = new Set(['.xlsx', '.xlsm', '.xls']);
const NARRATIVE = new Set(['.docx', '.txt', '.md']);

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue; // hidden files, Office lock files
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && WORKBOOK.has(extname(e.name).toLowerCase())) out.push(p);
  }
}

export function expandInputs(paths: string[]): Input[] {
  const inputs: Input[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // a missing path is reported by the reader
    }
    if (isDir) {
      const found: string[] = [];
      walk(p, found);
      if (found.length === 0) inputs.push({ path: p, kind: 'empty-directory' });
      for (const f of found) inputs.push({ path: f, kind: 'workbook' });
      continue;
    }
    const ext = extname(p).toLowerCase();
    inputs.push({ path: p, kind: WORKBOOK.has(ext) ? 'workbook' : NARRATIVE.has(ext) ? 'narrative' : ext === '' ? 'workbook' : 'unsupported' });
  }
  return inputs;
}
