import { readWorkbook } from '../../dist/read/workbook.js';
import { runRules } from '../../dist/rules/engine.js';
import { WORKBOOK_RULES } from '../../dist/rules/index.js';
const m = (await readWorkbook(process.argv[2])).model;
for (let i = 0; i < 3; i++) runRules(m);
for (const r of WORKBOOK_RULES) { const t = performance.now(); for (let i = 0; i < 3; i++) runRules(m, undefined, { rules: [r] }); const d = (performance.now() - t) / 3; if (d > 5) console.log(r.meta.id, d.toFixed(0)); }
