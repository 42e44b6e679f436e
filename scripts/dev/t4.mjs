import ExcelJS from 'exceljs';
import { gridOf } from '../../dist/read/grid.js';
const f = process.argv[2];
const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f);
for (let i = 0; i < 3; i++) { const t = Date.now(); for (const ws of wb.worksheets) gridOf(ws); console.log('grids', Date.now() - t); }
