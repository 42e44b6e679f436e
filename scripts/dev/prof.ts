import { readWorkbook } from '../../src/read/workbook.js';
import { runRules } from '../../src/rules/engine.js';
const t0 = Date.now();
const m = (await readWorkbook(process.argv[2])).model!;
const t1 = Date.now();
const r = runRules(m, undefined);
console.log('read', t1 - t0, 'rules', Date.now() - t1, r.findings.length);
