// Build step: the libraries a one-shot command loads, each as one CommonJS file beside the compiled
// loaders in dist/vendor/, with V8's code cache for it (*.v8-cache) made by a representative run.
// - exceljs-workbook.cjs: exceljs's Workbook class and everything it requires (src/vendor/exceljs.ts)
// - docx.cjs: docx and docx/charts (src/vendor/docx.ts), with one hook: a chart's embedded workbook
//   is zipped by the function given to useZip (src/render/zip.ts: zlib) rather than by docx's fflate
// See src/vendor/bundle.ts for why.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

// docx's zipFiles (the embedded workbooks) calls fflate's zipSync: the hook calls the given zip instead
const ZIP_CALL = 'var zipFiles = (files) => zipSync(';
const zipHook = {
  name: 'docx-zip-hook',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.cjs$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      // a docx whose code differs: say so rather than build a bundle without the hook unnoticed
      if (source.split(ZIP_CALL).length !== 2) throw new Error(`bundle-vendor: docx's zipFiles is not "${ZIP_CALL}…" any more: update the hook`);
      const contents = source.replace(ZIP_CALL, 'var zipFiles = (files) => (faZip ?? zipSync)(') + '\nvar faZip;\nexports.useZip = (zip) => { faZip = zip; };\n';
      return { contents, loader: 'js' };
    });
  },
};

const bundle = (lines, outfile, plugins = []) =>
  build({
    plugins,
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
  ["exports.docx = require('docx');", "exports.charts = require('docx/charts');", "exports.useZip = require('docx').useZip;"],
  'dist/vendor/docx.cjs',
  [zipHook],
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
