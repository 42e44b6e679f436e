// Build step: the libraries a one-shot command loads, each as one CommonJS file beside the compiled
// loaders in dist/vendor/, with V8's code cache for it (*.v8-cache) made by a representative run.
// - exceljs-workbook.cjs: exceljs's Workbook class and everything it requires (src/vendor/exceljs.ts)
// - docx.cjs: docx, docx/charts and fflate's zip writer (src/vendor/docx.ts)
// See src/vendor/bundle.ts for why.
import { build } from 'esbuild';

const bundle = (lines, outfile) =>
  build({
    stdin: { contents: lines.join('\n'), resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    // the licences of the bundled packages stay with their code
    legalComments: 'eof',
    logLevel: 'warning',
  });

await bundle(
  [
    // the Workbook class, and the parsers of shared strings and styles that the reader drives itself (src/read/xlsx-load.ts)
    "exports.Workbook = require('exceljs/lib/doc/workbook.js');",
    "exports.SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js');",
    "exports.StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js');",
  ],
  'dist/vendor/exceljs-workbook.cjs',
);
await bundle(
  ["exports.docx = require('docx');", "exports.charts = require('docx/charts');", "const { Zip, ZipPassThrough } = require('fflate');", 'exports.fflate = { Zip, ZipPassThrough };'],
  'dist/vendor/docx.cjs',
);

// the code caches: what reading the sample workbooks compiles, and then what writing the sample's
// document (with last year and the profile) compiles
const { readWorkbook } = await import('../../dist/read/workbook.js');
const { BUNDLE } = await import('../../dist/vendor/exceljs.js');
const { DOCX_BUNDLE } = await import('../../dist/vendor/docx.js');
const { saveCodeCache } = await import('../../dist/vendor/bundle.js');
const prior = (await readWorkbook('fixtures/sample-2023.xlsx')).model;
const now = (await readWorkbook('fixtures/sample-2024.xlsx')).model;
saveCodeCache(BUNDLE);
const { loadProfile } = await import('../../dist/render/profile.js');
const { render } = await import('../../dist/render/render.js');
await render(now, prior, await loadProfile('fixtures/profile-2024.yaml'), 'sichuan');
saveCodeCache(DOCX_BUNDLE);
