import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { gridOf } from '../../dist/read/grid.js';
import { readSheet, sheetMeta } from '../../dist/read/sheet.js';
import { TABLES } from '../../dist/data/tables.js';
const f = process.argv[2];
for (let i = 0; i < 5; i++) {
  let t = Date.now();
  const wb = new ExcelJS.Workbook(); await wb.xlsx.load(readFileSync(f));
  const a = Date.now() - t; t = Date.now();
  const grids = wb.worksheets.map(gridOf);
  const b = Date.now() - t; t = Date.now();
  grids.map((g) => sheetMeta(g, TABLES));
  const c = Date.now() - t; t = Date.now();
  grids.map((g) => readSheet('x', g, TABLES, '万元'));
  console.log('load', a, 'grids', b, 'meta', c, 'sheets', Date.now() - t);
}
