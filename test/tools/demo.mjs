// npm run demo: check the bundled sample workbook against last year's and show the report.
// Exits 0 when fa-check behaved as expected (exit code 0 or 1 with a report), whatever it found.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'dist', 'cli', 'check.js'))) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const args = [join(root, 'bin', 'fa-check.js'), 'fixtures/sample-2024.xlsx', '--prior', 'fixtures/sample-2023.xlsx'];
console.error(`$ fa-check fixtures/sample-2024.xlsx --prior fixtures/sample-2023.xlsx`);
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
console.error(`\nfa-check 退出码 / exit code: ${r.status}`);
process.exit(r.status === 0 || r.status === 1 ? 0 : 1);
