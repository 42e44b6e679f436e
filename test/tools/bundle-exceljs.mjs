// Build step: exceljs's Workbook class and everything it requires, as one CommonJS file beside
// the compiled loader (dist/vendor/exceljs-workbook.cjs). See src/vendor/exceljs.ts for why.
import { build } from 'esbuild';

await build({
  stdin: { contents: "module.exports = require('exceljs/lib/doc/workbook.js');", resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'dist/vendor/exceljs-workbook.cjs',
  // the licences of the bundled packages stay with their code
  legalComments: 'eof',
  logLevel: 'warning',
});
