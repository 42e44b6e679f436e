// The Workbook class alone (see read/workbook.ts); same type as the package's export.
declare module 'exceljs/lib/doc/workbook.js' {
  import type ExcelJS from 'exceljs';
  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}
