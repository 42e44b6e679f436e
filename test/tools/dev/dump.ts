import ExcelJS from 'exceljs';
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]);
for (const ws of wb.worksheets) {
  if (process.argv[3] && ws.name !== process.argv[3]) continue;
  console.log('=== ' + ws.name + ' state=' + ws.state + ' merges=' + (ws.model as any).merges?.join(','));
  ws.eachRow((r, i) => { const cs: string[] = []; r.eachCell((c, j) => { if (c.isMerged && c.master.address !== c.address) return; cs.push(`${c.address}=${JSON.stringify(c.value)}${c.numFmt ? '[' + c.numFmt + ']' : ''}`); }); console.log(i, cs.join(' | ')); });
}
