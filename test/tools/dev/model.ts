import { readWorkbook } from '../../../src/read/workbook.js';
const res = await readWorkbook(process.argv[2]);
const m = res.model;
console.log('findings', JSON.stringify(res.findings, null, 0));
if (m) {
  console.log(m.department, m.year, m.unrecognised, m.hidden);
  for (const t of m.tables) {
    console.log(`--- ${t.key} ${t.sheet} "${t.title}" ${t.printedId ?? ''} unit=${t.unit} empty=${t.empty} cols=${t.columns.map((c) => c.role + '@' + c.col).join(',')}`);
    if (process.argv[3] === '-v') for (const r of t.rows) console.log('  ', r.line, r.key ?? '', r.code ?? '', r.name, Object.entries(r.amounts).map(([k, a]) => `${k}=${a ? a.value.div(10000).toFixed() + '(' + a.shown + ',' + a.source.cell + ')' : 'X'}`).join(' '));
  }
}
