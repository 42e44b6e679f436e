// node test/tools/html-screenshot.mjs — the README's picture of the HTML report: fa-check on the
// sample workbooks and the bundled seed narrative, rendered by headless Chromium (after npm run build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'fa-shot-'));
try {
  const page = join(dir, '报告.html');
  const args = ['fixtures/sample-2024.xlsx', '--prior', 'fixtures/sample-2023.xlsx', '--narrative', 'fixtures/narratives/seed-2024.txt', '--format', 'html', '--output', page];
  try {
    execFileSync(process.execPath, [join(root, 'bin', 'fa-check.js'), ...args], { cwd: root, stdio: 'inherit' });
  } catch (e) {
    if (e.status !== 1) throw e; // the seed has errors: exit 1 is the expected outcome
  }
  const out = join(root, 'docs', 'html-report.png');
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'];
  execFileSync(process.env.CHROMIUM ?? 'chromium', [...flags, `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1280,1900', `--screenshot=${out}`, pathToFileURL(page).href], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`wrote ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
