const { readWorkbook } = await import('../../dist/read/workbook.js');
const a = await readWorkbook('fixtures/sample-2024.xlsx');
const { render } = await import('../../dist/render/render.js');
const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
const d = mkdtempSync('/tmp/tpl-');
const src = readFileSync('templates/sichuan/document.md', 'utf8');
writeFileSync(d + '/delta.md', readFileSync('templates/sichuan/delta.md'));
for (const [name, text] of [['full', src], ['notables', src.replace('@tables', '')], ['nocharts', src.replace(/@chart.*/g, '')], ['neither', src.replace('@tables', '').replace(/@chart.*/g, '')]]) {
  writeFileSync(d + '/document.md', text);
  await render(a.model, undefined, {}, d);
  const t = performance.now();
  for (let i = 0; i < 3; i++) await render(a.model, undefined, {}, d);
  console.log(name, Math.round((performance.now() - t) / 3));
}
