// npm run demo: the whole job on the bundled sample, as an accountant would run it.
//   1. fa-check the sample workbook with last year's and the real published narrative (its faults are shown)
//   2. fa-render the narrative from the workbook, last year's workbook and the profile
//   3. fa-check the rendered narrative: nothing but rounding notes
// Exits 0 when every command behaved as documented, whatever the sample holds.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join('dist', 'demo', '决算说明.docx');
mkdirSync(join(root, 'dist', 'demo'), { recursive: true });
const pair = ['fixtures/sample-2024.xlsx', '--prior', 'fixtures/sample-2023.xlsx'];
const steps = [
  { bin: 'fa-check', args: [...pair, '--narrative', 'fixtures/narratives/seed-2024.txt'], ok: [0, 1] },
  { bin: 'fa-render', args: [...pair, '--profile', 'fixtures/profile-2024.yaml', '-o', out, '--force'], ok: [0] },
  { bin: 'fa-check', args: [...pair, '--narrative', out], ok: [0] },
];
let failed = false;
for (const s of steps) {
  console.error(`\n$ ${s.bin} ${s.args.join(' ')}`);
  const r = spawnSync(process.execPath, [join(root, 'bin', `${s.bin}.js`), ...s.args], { cwd: root, stdio: 'inherit' });
  console.error(`（退出码 / exit code ${r.status}）`);
  if (!s.ok.includes(r.status ?? -1)) failed = true;
}
console.error(`\n生成的决算说明 / rendered narrative: ${out}`);
process.exit(failed ? 1 : 0);
