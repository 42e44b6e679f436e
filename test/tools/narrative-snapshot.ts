// npm run snapshot:narrative -- DIR: the JSON reports of every narrative the project has (fixtures,
// ../shared/real, the seed as .docx), one file each in DIR. Refactoring steps of the narrative
// reader compare two such directories byte for byte (diff -r) to show that no report changed.
import { mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { main } from '../../src/cli/check.js';
import { SEED_CHARTS } from '../cases.js';
import { docxFromText } from '../support-docx.js';

const root = resolve(import.meta.dirname, '..', '..');
const out = resolve(process.argv[2] ?? '/tmp/fa-narrative-snapshot');
const fx = (p: string) => resolve(root, 'fixtures', p);
const real = resolve(root, '..', 'shared', 'real');

async function run(args: string[]): Promise<string> {
  let text = '';
  await main([...args, '--format', 'json'], { stdout: (t) => (text += t), stderr: () => {}, stdoutTTY: false, stderrTTY: false, env: {}, cwd: root });
  // paths differ between worktrees and temp dirs: keep the names only
  return text.split(root).join('<root>').replace(/"[^"]*\/(fa-test-[^/"]+)\//g, '"<tmp>/');
}

const cases: [string, string[]][] = [];
for (const f of readdirSync(fx('narratives')).filter((f) => /\.(txt|md)$/.test(f))) cases.push([f, [fx(`narratives/${f}`)]]);
for (const f of ['seed-2024.txt', 'seed-2024-corrected.txt'])
  cases.push([`${f}+workbooks`, [fx('sample-2024.xlsx'), '--prior', fx('sample-2023.xlsx'), '--narrative', fx(`narratives/${f}`)]]);
if (existsSync(real)) {
  for (const f of readdirSync(join(real, 'fragments')).filter((f) => f.endsWith('.txt'))) cases.push([`real-${f}`, [join(real, 'fragments', f)]]);
  for (const f of readdirSync(join(real, 'shanghai')).filter((f) => f.endsWith('.narrative.txt'))) {
    cases.push([`real-${f}`, [join(real, 'shanghai', f)]]);
    cases.push([`real-${f}+workbook`, [join(real, 'shanghai', f.replace('.narrative.txt', '.xlsx')), '--narrative', join(real, 'shanghai', f)]]);
  }
}
// extra texts kept outside the project (never committed): FA_EXTRA_NARRATIVES=dir
const extra = process.env.FA_EXTRA_NARRATIVES;
if (extra && existsSync(extra)) for (const f of readdirSync(extra).filter((f) => /\.(txt|md)$/.test(f))) cases.push([`extra-${f}`, [join(extra, f)]]);

mkdirSync(out, { recursive: true });
for (const [name, args] of cases) writeFileSync(join(out, `${basename(name)}.json`), await run(args));
const docx = await docxFromText(readFileSync(fx('narratives/seed-2024.txt'), 'utf8'), SEED_CHARTS, 'seed-2024.docx');
writeFileSync(join(out, 'seed-2024.docx.json'), await run([docx]));
console.log(`${cases.length + 1} reports in ${out}`);
