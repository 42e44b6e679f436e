// docx (with its charts), loaded the fast way when the build made a bundle
// of them.
//
// Why: fa-render writes one document per process, so docx's megabyte of code is compiled for it
// every time: loading the package as ES modules and compiling the functions the document calls
// was about half of the writer thread's time (see exceljs.ts for the same with exceljs).
// `npm run build` bundles them into one CommonJS file (test/tools/bundle-vendor.mjs), loaded as a
// script with the code cache of a render of the sample (bundle.ts). Without the bundle (tests on
// the sources), the packages.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireBundle } from './bundle.js';

export const DOCX_BUNDLE = fileURLToPath(new URL('./docx.cjs', import.meta.url));

export interface DocxParts {
  docx: typeof import('docx');
  charts: typeof import('docx/charts');
  /** The bundle only: zip a chart's embedded workbook with this rather than docx's own fflate (render/zip.ts). */
  useZip?: (zip: (files: Record<string, Uint8Array>) => Uint8Array) => void;
}

let loaded: Promise<DocxParts> | undefined;

export function docxParts(): Promise<DocxParts> {
  loaded ??= existsSync(DOCX_BUNDLE)
    ? Promise.resolve(requireBundle(DOCX_BUNDLE) as DocxParts)
    : Promise.all([import('docx'), import('docx/charts')]).then(([docx, charts]) => ({ docx, charts }));
  return loaded;
}
