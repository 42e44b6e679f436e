const t0 = performance.now();
const lap = (l) => console.log(l, Math.round(performance.now() - t0));
await import('docx'); lap('import docx');
await import('docx/charts'); lap('import charts');
const { readWorkbook } = await import('../../dist/read/workbook.js');
const a = await readWorkbook('fixtures/sample-2024.xlsx'); lap('read');
const { render } = await import('../../dist/render/render.js'); lap('import render');
await render(a.model, undefined, {}, 'sichuan'); lap('render1');
await render(a.model, undefined, {}, 'sichuan'); lap('render2');
