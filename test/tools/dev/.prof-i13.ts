import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { FUNCTION_CLASSES, FUNCTION_CODES } from '../../../src/data/codes.js';
import { readWorkbook } from '../../../src/read/workbook.js';
import { runRules } from '../../../src/rules/engine.js';
import { Y2024, type DeptYear, type ItemData } from '../fixtures/data.js';
import { figures } from '../fixtures/figures.js';
import { writeWorkbook } from '../../../src/render/workbook.js';
import { LAYOUT_A } from '../fixtures/layouts.js';
const file = '/tmp/i13/large.xlsx';
async function main() {
if (!existsSync(file)) {
  const items: ItemData[] = [];
  const classes = ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '221'];
  let n = 0;
  for (const c of classes) for (let k = 1; k <= 20; k++) for (let x = 4; x <= 33; x++) {
    n++;
    const amount = 1000 + ((n * 7919) % 500000);
    items.push({ code: `${c}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`, name: `科目${n}`, basic: n % 3 ? amount : 0, project: n % 3 ? 0 : amount });
  }
  const basic = items.reduce((s, i) => s + i.basic, 0);
  const rest = basic - Y2024.publicUse.reduce((s, e) => s + e.amount, 0) - Y2024.personnel.slice(0, -1).reduce((s, e) => s + e.amount, 0);
  const personnel = [...Y2024.personnel.slice(0, -1), { ...Y2024.personnel[Y2024.personnel.length - 1], amount: rest }];
  const dept: DeptYear = { ...Y2024, items, personnel };
  const { NAMES } = await import('../fixtures/data.js');
  for (const it of dept.items) {
    NAMES[it.code.slice(0, 3)] ??= FUNCTION_CLASSES[it.code.slice(0, 3)];
    NAMES[it.code.slice(0, 5)] ??= FUNCTION_CODES[it.code.slice(0, 5)] ?? `款${it.code.slice(0, 5)}`;
  }
  await (await writeWorkbook(figures(dept), LAYOUT_A)).xlsx.writeFile(file);
}
const mode = process.argv[2] ?? 'both';
const t = () => Number(process.hrtime.bigint()) / 1e6;
for (let i = 0; i < +(process.argv[3] ?? 3); i++) {
  if (mode !== 'fa') { const a = t(); await new ExcelJS.Workbook().xlsx.readFile(file); console.log('load', (t() - a).toFixed(0)); }
  if (mode !== 'load') { const a = t(); const m = (await readWorkbook(file)).model!; const b = t(); runRules(m, undefined); console.log('read', (b - a).toFixed(0), 'rules', (t() - b).toFixed(0)); }
}
}
main();
