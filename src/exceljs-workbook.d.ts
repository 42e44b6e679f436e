// The Workbook class alone (see read/workbook.ts); same type as the package's export.
declare module 'exceljs/lib/doc/workbook.js' {
  import type ExcelJS from 'exceljs';
  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}

// The parsers of shared strings and styles, driven by read/xlsx-load.ts (see vendor/exceljs.ts).
declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js' {
  const Xform: new () => { parseStream(chunks: Iterable<string> | AsyncIterable<string>): Promise<unknown> };
  export default Xform;
}
declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  const Xform: new () => { parseStream(chunks: Iterable<string> | AsyncIterable<string>): Promise<unknown> };
  export default Xform;
}
