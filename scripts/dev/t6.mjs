import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { readWorkbook } from '../../dist/read/workbook.js';
import { runRules } from '../../dist/rules/engine.js';
const f = process.argv[2];
const mode = process.argv[3];
for (let i = 0; i < 6; i++) {
  const t = Date.now();
  if (mode === 'load') await new ExcelJS.Workbook().xlsx.load(readFileSync(f));
  else { const m = (await readWorkbook(f)).model; runRules(m); }
  console.log(mode, Date.now() - t);
}
