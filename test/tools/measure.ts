// npm run measure: precision and recall of fa-check's narrative rules on every narrative fixture,
// alone and beside the sample workbooks (faults listed in fixtures/narratives/expected.json).
import { resolve } from 'node:path';
import { main } from '../../src/cli/check.js';
import { expectedFaults, score, withWorkbook, type ReportedFinding } from './narrative-score.js';

const root = resolve(import.meta.dirname, '..', '..');
const fx = (p: string) => resolve(root, 'fixtures', p);

async function run(args: string[]): Promise<ReportedFinding[]> {
  let out = '';
  await main([...args, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => {}, stdoutTTY: false, stderrTTY: false, env: {}, cwd: root });
  return (JSON.parse(out) as { findings: ReportedFinding[] }).findings.filter((f) => f.location.paragraph !== undefined);
}

const rows: string[][] = [];
let tp = 0;
let fp = 0;
let found = 0;
let total = 0;
for (const [name, faults] of Object.entries(expectedFaults())) {
  const cases: [string, string[], typeof faults][] = [[`${name}`, [fx(`narratives/${name}`)], faults]];
  if (name.startsWith('seed')) cases.push([`${name} + workbooks`, [fx('sample-2024.xlsx'), '--prior', fx('sample-2023.xlsx'), '--narrative', fx(`narratives/${name}`)], withWorkbook(faults)]);
  for (const [label, args, expected] of cases) {
    const s = score(expected, await run(args));
    tp += s.trueAlarms;
    fp += s.falseAlarms.length;
    found += s.found.length;
    total += faults.length;
    const precision = s.trueAlarms + s.falseAlarms.length ? s.trueAlarms / (s.trueAlarms + s.falseAlarms.length) : 1;
    const recall = faults.length ? s.found.length / faults.length : 1;
    rows.push([label, String(faults.length), String(s.found.length), String(s.falseAlarms.length), precision.toFixed(2), recall.toFixed(2)]);
    for (const m of s.missed) console.error(`  missed in ${label}: ${m.why}`);
    for (const f of s.falseAlarms) console.error(`  false alarm in ${label}: ${f.rule} ${f.stated ?? ''}`);
  }
}
console.log('| narrative | real faults | found | false alarms | precision | recall |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`| all | ${total} | ${found} | ${fp} | ${(tp / (tp + fp || 1)).toFixed(2)} | ${(found / (total || 1)).toFixed(2)} |`);
