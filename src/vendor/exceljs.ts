// exceljs's Workbook class, loaded the fast way when the build made a bundle of it.
//
// Why: exceljs is some 270 small CommonJS files; resolving and reading each one costs more than
// compiling them (about 60 ms of a 0.7 s fa-render here). `npm run build` bundles them into one
// file (test/tools/bundle-exceljs.mjs), loaded as a script with its code cache (bundle.ts): import()
// of a CommonJS file would first scan its megabyte for export names. Without the bundle (tests on
// the sources), the package.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import { requireBundle } from './bundle.js';

export const BUNDLE = fileURLToPath(new URL('./exceljs-workbook.cjs', import.meta.url));

let loaded: typeof ExcelJS.Workbook | undefined;

export async function workbookClass(): Promise<typeof ExcelJS.Workbook> {
  loaded ??= existsSync(BUNDLE) ? (requireBundle(BUNDLE) as typeof ExcelJS.Workbook) : (await import('exceljs/lib/doc/workbook.js')).default;
  return loaded;
}
