import { readWorkbook } from '../../dist/read/workbook.js';
for (let i = 0; i < 4; i++) { const t = Date.now(); await readWorkbook(process.argv[2]); console.log('read', Date.now() - t); }
