const { readWorkbook } = await import('../../dist/read/workbook.js');
const a = await readWorkbook('fixtures/sample-2024.xlsx');
const { render } = await import('../../dist/render/render.js');
for (let i = 0; i < 5; i++) await render(a.model, undefined, {}, 'sichuan');
