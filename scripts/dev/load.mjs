import ExcelJS from 'exceljs';
await new ExcelJS.Workbook().xlsx.readFile(process.argv[2]);
