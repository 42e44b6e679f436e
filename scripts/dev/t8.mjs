import ExcelJS from 'exceljs';
import { readWorkbook } from '../../dist/read/workbook.js';
import { runRules } from '../../dist/rules/engine.js';
const f = process.argv[2];
const L = [], C = [], R = [];
for (let i = 0; i < 9; i++) {
  gc(); let t = performance.now(); await new ExcelJS.Workbook().xlsx.readFile(f); L.push(performance.now() - t);
  gc(); t = performance.now(); const m = (await readWorkbook(f)).model; R.push(performance.now() - t); runRules(m); C.push(performance.now() - t);
}
const med = (a) => a.sort((x, y) => x - y)[4].toFixed(0);
console.log('load', med(L), 'read', med(R), 'read+rules', med(C));
