// Build step: exceljs's Workbook class and everything it requires, as one CommonJS file beside
// the compiled loader (dist/vendor/exceljs-workbook.cjs), and V8's code cache for it
// (exceljs-workbook.v8-cache). See src/vendor/exceljs.ts and src/vendor/bundle.ts for why.
import { build } from 'esbuild';

await build({
  // the Workbook class, and the parsers of shared strings and styles that the reader drives itself (src/read/xlsx-load.ts)
  stdin: {
    contents: [
      "exports.Workbook = require('exceljs/lib/doc/workbook.js');",
      "exports.SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js');",
      "exports.StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js');",
    ].join('\n'),
    resolveDir: process.cwd(),
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'dist/vendor/exceljs-workbook.cjs',
  // the licences of the bundled packages stay with their code
  legalComments: 'eof',
  logLevel: 'warning',
});

// V8's code cache of the bundle, made by reading the sample workbooks (src/vendor/bundle.ts)
const { readWorkbook } = await import('../../dist/read/workbook.js');
const { BUNDLE } = await import('../../dist/vendor/exceljs.js');
const { saveCodeCache } = await import('../../dist/vendor/bundle.js');
for (const file of ['fixtures/sample-2023.xlsx', 'fixtures/sample-2024.xlsx']) await readWorkbook(file);
saveCodeCache(BUNDLE);
