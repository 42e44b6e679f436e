// Build the fixture workbooks from test/tools/fixtures/data.ts (see the comments there).
// Usage: npm run fixtures   (writes fixtures/*.xlsx; the LibreOffice copy needs soffice)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Y2023, Y2024 } from './fixtures/data.js';
import { figures } from './fixtures/figures.js';
import { writeWorkbook } from '../../src/render/workbook.js';
import { LAYOUT_A, LAYOUT_B, LAYOUT_YUAN } from './fixtures/layouts.js';

const out = resolve(import.meta.dirname, '..', '..', 'fixtures');

const jobs = [
  { file: 'sample-2024.xlsx', data: Y2024, layout: LAYOUT_A },
  { file: 'sample-2023.xlsx', data: Y2023, layout: LAYOUT_A },
  { file: 'shanghai-style-2024.xlsx', data: Y2024, layout: LAYOUT_B },
  { file: 'yuan-2024.xlsx', data: Y2024, layout: LAYOUT_YUAN },
];

for (const job of jobs) {
  const wb = await writeWorkbook(figures(job.data), job.layout);
  await wb.xlsx.writeFile(join(out, job.file));
  console.log('wrote', job.file);
}

// The sample with one typing slip, for the README's walk-through: 公开05表 D10 (行政运行, 基本支出)
// typed as 386.55 instead of 396.55.
{
  const { default: Workbook } = await import('exceljs/lib/doc/workbook.js');
  const wb = new Workbook();
  await wb.xlsx.readFile(join(out, 'sample-2024.xlsx'));
  wb.getWorksheet('公开05表')!.getCell('D10').value = 386.55;
  await wb.xlsx.writeFile(join(out, 'sample-2024-typo.xlsx'));
  console.log('wrote sample-2024-typo.xlsx');
}

// A copy rewritten by a real office suite (shared strings, styles, number formats as LibreOffice writes them).
const soffice = ['soffice', 'libreoffice'].find((cmd) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (soffice) {
  const dir = mkdtempSync(join(tmpdir(), 'fa-lo-'));
  copyFileSync(join(out, 'shanghai-style-2024.xlsx'), join(dir, 'in.xlsx'));
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'in.xlsx')], { stdio: 'ignore' });
  const produced = join(dir, 'out', 'in.xlsx');
  if (existsSync(produced)) {
    copyFileSync(produced, join(out, 'libreoffice-2024.xlsx'));
    console.log('wrote libreoffice-2024.xlsx (via LibreOffice Calc)');
  }
  rmSync(dir, { recursive: true, force: true });
} else {
  console.log('LibreOffice not found: kept the committed libreoffice-2024.xlsx');
}
