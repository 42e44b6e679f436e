// exceljs's Workbook class (and the two parsers the reader drives itself), loaded the fast way
// when the build made a bundle of them.
//
// Why: exceljs is some 270 small CommonJS files; resolving and reading each one costs more than
// compiling them (about 60 ms of a 0.7 s fa-render here). `npm run build` bundles them into one
// file (test/tools/bundle-vendor.mjs), loaded as a script with its code cache (bundle.ts): import()
// of a CommonJS file would first scan its megabyte for export names. Without the bundle (tests on
// the sources), the package.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import { requireBundle } from './bundle.js';

export const BUNDLE = fileURLToPath(new URL('./exceljs-workbook.cjs', import.meta.url));

/** An exceljs parser of one part (shared strings, styles): parseStream takes any iterable of text. */
export interface PartParser {
  parseStream(chunks: Iterable<string> | AsyncIterable<string>): Promise<unknown>;
}

export interface ExcelParts {
  Workbook: typeof ExcelJS.Workbook;
  SharedStringsXform: new () => PartParser;
  StylesXform: new () => PartParser;
}

let loaded: ExcelParts | undefined;

export async function excelParts(): Promise<ExcelParts> {
  if (!loaded) {
    if (existsSync(BUNDLE)) loaded = requireBundle(BUNDLE) as ExcelParts;
    else {
      const [w, s, st] = await Promise.all([
        import('exceljs/lib/doc/workbook.js'),
        import('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js'),
        import('exceljs/lib/xlsx/xform/style/styles-xform.js'),
      ]);
      loaded = { Workbook: w.default, SharedStringsXform: s.default, StylesXform: st.default };
    }
  }
  return loaded;
}

export async function workbookClass(): Promise<typeof ExcelJS.Workbook> {
  return (await excelParts()).Workbook;
}
