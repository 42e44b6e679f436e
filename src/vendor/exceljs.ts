// exceljs's Workbook class, loaded the fast way when the build made a bundle of it.
//
// Why: exceljs is some 270 small CommonJS files; resolving and reading each one costs more than
// compiling them (about 60 ms of a 0.7 s fa-render here). `npm run build` bundles them into one
// file (test/tools/bundle-exceljs.mjs), loaded with require: import() of a CommonJS file would
// first scan its megabyte for export names. Without the bundle (tests on the sources), the package.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';

const BUNDLE = fileURLToPath(new URL('./exceljs-workbook.cjs', import.meta.url));

export async function workbookClass(): Promise<typeof ExcelJS.Workbook> {
  if (existsSync(BUNDLE)) return createRequire(import.meta.url)(BUNDLE) as typeof ExcelJS.Workbook;
  return (await import('exceljs/lib/doc/workbook.js')).default;
}
