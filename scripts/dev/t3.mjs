import ExcelJS from 'exceljs';
const f = process.argv[2];
const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f);
for (let i = 0; i < 3; i++) {
  let t = Date.now(); let n = 0;
  for (const ws of wb.worksheets) ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => { n++; }));
  const a = Date.now() - t; t = Date.now();
  for (const ws of wb.worksheets) ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => { c.value; }));
  const b = Date.now() - t; t = Date.now();
  for (const ws of wb.worksheets) ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => { c.numFmt; }));
  const d = Date.now() - t; t = Date.now();
  for (const ws of wb.worksheets) ws.getSheetValues();
  console.log('cells', n, 'iterate', a, 'value', b, 'numFmt', d, 'getSheetValues', Date.now() - t);
}
