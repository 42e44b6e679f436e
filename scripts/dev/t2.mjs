import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { gridOf } from '../../dist/read/grid.js';
const f = process.argv[2];
for (let i = 0; i < 3; i++) {
let t = Date.now();
const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f); const a = Date.now() - t;
t = Date.now(); const wb2 = new ExcelJS.Workbook(); await wb2.xlsx.load(readFileSync(f)); const b = Date.now() - t;
t = Date.now(); for (const ws of wb2.worksheets) gridOf(ws); const c = Date.now() - t;
console.log('readFile', a, 'load', b, 'grids', c);
}
