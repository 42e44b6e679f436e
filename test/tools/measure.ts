// npm run measure: how much of a narrative fa-check really reads, and how often it is right.
//
// 1. Coverage by one-claim changes: in every narrative of ../shared/real and of fixtures/narratives,
//    each correct claim is made wrong in turn — a share, a completion rate or a YoY rate +7 points, a
//    total (the figure a 其中 list opens with, or a 共 count) +10, 大于↔小于 — and the check is run
//    again: is there a new error or warning? Claims are found here by patterns of this file, not by
//    fa's reader; in ../shared/real/fragments only the claims its truth files list as hand-checked
//    are changed, elsewhere a claim is changed when the figures that decide it are written beside it:
//    - a share: an amount in its sentence; a YoY rate: two amounts in its sentence;
//    - a completion rate or 大于/小于: a budget written as an amount ("预算为54.53万元", not the rate's own
//      "完成预算100%") and the actual, in its sentence or the one before;
//    - a total before 其中: changed +10 when its sentence lists several parts (or none) in its unit; when
//      it lists one, raising the whole says nothing (the rest is not listed), so the part is made larger
//      than the whole instead (part → whole + 10);
//    - claims in table cells (tab-led lines, pipe rows) are sentences of no paragraph: their changes are
//      counted apart ("Not counted: …") and listed with --list, not mixed into the table.
// 2. Precision and recall against the truth files of ../shared/real (as its score.mjs counts them)
//    and against fixtures/narratives/expected.json.
// `--list` prints every unflagged change.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding, WorkbookModel } from '../../src/model/types.js';
import { readWorkbook } from '../../src/read/workbook.js';
import { readPlain } from '../../src/read/narrative/plain.js';
import { structure } from '../../src/narrative/structure.js';
import { runNarrativeRules } from '../../src/rules/narrative-engine.js';
import { main } from '../../src/cli/check.js';
import { expectedFaults, score, withWorkbook, type ReportedFinding } from './narrative-score.js';

const root = resolve(import.meta.dirname, '..', '..');
const real = resolve(root, '..', 'shared', 'real');
const fx = (p: string) => resolve(root, 'fixtures', p);
const list = process.argv.includes('--list');

type Kind = 'share' | 'completion' | 'yoy' | 'direction' | 'total';
const KINDS: Kind[] = ['share', 'completion', 'yoy', 'direction', 'total'];

interface Site {
  kind: Kind;
  /** In a table cell: not a sentence's claim (counted apart, see below). */
  cell?: boolean;
  /** Offsets of the text replaced, in the raw file. */
  start: number;
  end: number;
  replacement: string;
  what: string;
}

const key = (f: Finding) => `${f.rule}|${f.location.paragraph}|${f.stated}|${f.expected}|${f.severity}`;
const alarms = (fs: Finding[]) => new Set(fs.filter((f) => f.severity !== 'info').map(key));

function check(file: string, text: string, model?: WorkbookModel): Finding[] {
  return runNarrativeRules(structure(file, readPlain(text)), model, undefined);
}

/** +7 points, in the decimals written. */
function plus(num: string, by: number): string {
  const dec = num.includes('.') ? num.length - num.indexOf('.') - 1 : 0;
  return (Number(num.replace(/,/g, '')) + by).toFixed(dec);
}

const N = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const GAP = String.raw`\s*`;

/** The sentence (to 。；) around an offset, as written. */
function sentenceAt(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !/[。；;\n]/.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && !/[。；;]/.test(text[b])) b++;
  return [a, b];
}


/** Claim sites found by pattern: shares, completion rates, YoY rates, 大于/小于, totals before 其中. */
function sitesOf(raw: string): Site[] {
  // the patterns read the text with its line breaks taken out (PDF text breaks anywhere); the
  // offsets found are mapped back to the file
  const map: number[] = [];
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\n' || raw[i] === '\r') continue;
    map.push(i);
    text += raw[i];
  }
  map.push(raw.length);
  const sites: Site[] = [];
  const out = () =>
    sites.map((s) => ({ ...s, start: map[s.start], end: map[s.end - 1] + 1, decidable: decidable(text, s), cell: inCell(raw, map[s.start]) }));
  // the number is the last one of the match, or (for a total) the first
  const add = (kind: Kind, m: RegExpMatchArray, group: number, replacement: string) => {
    const start = m.index! + (kind === 'total' && !/^[共合总]/.test(m[0]) ? m[0].indexOf(m[group]) : m[0].lastIndexOf(m[group]));
    sites.push({ kind, start, end: start + m[group].length, replacement, what: m[0].replace(/\s+/g, '') });
  };
  for (const m of text.matchAll(new RegExp(String.raw`占[^，,。；;%\d\n]{0,30}?${GAP}${N}${GAP}[%％]`, 'g'))) add('share', m, 1, plus(m[1], 7));
  // "完成预算98.20%", "完成全年预算84.82万元的73.2%": the rate is the number before %
  for (const m of text.matchAll(new RegExp(String.raw`完成[^，,。；;%\n]{0,8}?预算[^，,。；;%\n]{0,16}?${N}${GAP}[%％]`, 'g'))) add('completion', m, 1, plus(m[1], 7));
  for (const m of text.matchAll(new RegExp(String.raw`(?:增长|下降|降低|上升|增幅|降幅|减少|增加)(?:率|幅度)?(?:了|为|达)?${GAP}${N}${GAP}[%％]`, 'g'))) add('yoy', m, 1, plus(m[1], 7));
  for (const m of text.matchAll(/(大于|小于|高于|低于)/g)) sites.push({ kind: 'direction', start: m.index!, end: m.index! + 2, replacement: { 大于: '小于', 小于: '大于', 高于: '低于', 低于: '高于' }[m[1]]!, what: text.slice(Math.max(0, m.index! - 12), m.index! + 8).replace(/\s+/g, '') });
  for (const m of text.matchAll(new RegExp(String.raw`${N}${GAP}(万元|元|亿元|辆|人)[^\d。；;]{0,3}?[，,]?${GAP}其中`, 'g'))) {
    // the parts of the total's unit (as written: 人次 is not 人) listed after 其中, to the sentence's end
    const at = m.index! + m[0].indexOf(m[1]) + m[1].length;
    const unit = /^\s*(万元|亿元|元|辆|人次|人)/.exec(text.slice(at))![1];
    const listEnd = text.indexOf('。', m.index! + m[0].length);
    const list = text.slice(m.index! + m[0].length, listEnd < 0 ? text.length : listEnd);
    const parts = [...list.matchAll(new RegExp(String.raw`(?<![\d.,])${N}${GAP}${unit}${unit === '人' ? '(?!次)' : ''}`, 'g'))];
    if (parts.length !== 1) {
      add('total', m, 1, plus(m[1], 10));
      continue;
    }
    // one part listed: raising the whole says nothing (the rest is not listed), a part above it is wrong
    const p = parts[0];
    const start = m.index! + m[0].length + p.index!;
    const whole = Number(m[1].replace(/,/g, ''));
    const dec = p[1].includes('.') ? p[1].length - p[1].indexOf('.') - 1 : 0;
    sites.push({ kind: 'total', start, end: start + p[1].length, replacement: (whole + 10).toFixed(dec), what: `${m[0].replace(/\s+/g, '')}…${p[0].replace(/\s+/g, '')}` });
  }
  for (const m of text.matchAll(new RegExp(String.raw`(?:共|合计|总计)计?${GAP}${N}${GAP}(辆|人|个|批次)`, 'g'))) add('total', m, 1, plus(m[1], 10));
  return out().filter((s) => s.decidable);
}

/** Is the offset in a table cell (a tab-led line, a markdown pipe row) rather than in a sentence? */
function inCell(raw: string, at: number): boolean {
  const line = raw.slice(raw.lastIndexOf('\n', at - 1) + 1);
  return line.startsWith('\t') || /^\s*\|/.test(line);
}

const AMOUNT = /\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)/g;
// a budget stated as an amount ("年初预算为54.53万元", "完成全年预算84.82万元的…"), not the rate itself ("完成预算100%")
const BUDGET = /预算(?:数)?(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)/;

/** Is a site's claim decided by the figures written beside it (so that a change can be noticed at all)? */
function decidable(text: string, s: Site): boolean {
  const [a, b] = sentenceAt(text, s.start);
  const sentence = text.slice(a, b);
  const amounts = sentence.match(AMOUNT) ?? [];
  // the sentence, and the one before it when the claim's own says no amount ("…0.88万元。完成年初预算的100.00%")
  const withBefore = () => {
    if (amounts.length) return sentence;
    const [a0] = sentenceAt(text, Math.max(0, a - 2));
    return text.slice(a0, b);
  };
  switch (s.kind) {
    case 'share':
      return amounts.length >= 1;
    case 'completion': {
      const t = withBefore();
      return BUDGET.test(t) && (t.match(AMOUNT) ?? []).length >= 2;
    }
    case 'yoy':
      // the change and the current amount, or the two years' amounts
      return amounts.length >= 2;
    case 'direction': {
      // "决算数小于预算数的主要原因": the item's budget and actual, in the sentence before
      const [a0] = sentenceAt(text, Math.max(0, a - 2));
      const t = text.slice(a0, b);
      return BUDGET.test(t) && (t.match(AMOUNT) ?? []).length >= 2;
    }
    case 'total':
      return true;
  }
}

interface Doc {
  name: string;
  file: string;
  text: string;
  model?: WorkbookModel;
  /** Values already wrong in the text (from the truth files): their claims are not changed. */
  wrong: string[];
  /** Only these claims, when the truth file lists them. */
  only?: { text: string; kind: Kind; stated: string }[];
}

async function docs(): Promise<Doc[]> {
  const out: Doc[] = [];
  if (existsSync(real)) {
    for (const t of readdirSync(join(real, 'fragments')).filter((f) => f.endsWith('.truth.json'))) {
      const truth = JSON.parse(readFileSync(join(real, 'fragments', t), 'utf8'));
      const file = join(real, 'fragments', t.replace('.truth.json', '.txt'));
      const only = (truth.claims ?? [])
        .filter((c: { status: string; kind: string }) => c.status !== 'error' && c.kind !== 'cross_section')
        .map((c: { claim: string; kind: string; stated: string }) => ({ text: c.claim, stated: String(c.stated), kind: c.kind === 'yoy_pct' ? 'yoy' : c.kind === 'sum' ? 'total' : /完成/.test(c.claim) && /预算[\d.]+万元的[\d.]+%$/.test(c.claim) ? 'completion' : 'share' }));
      out.push({ name: `real/fragments/${t.replace('.truth.json', '')}`, file, text: readFileSync(file, 'utf8'), wrong: (truth.discrepancies ?? []).map((d: { stated: string }) => String(d.stated)), only });
    }
    for (const t of readdirSync(join(real, 'shanghai')).filter((f) => f.endsWith('.truth.json'))) {
      const truth = JSON.parse(readFileSync(join(real, 'shanghai', t), 'utf8'));
      const base = t.replace('.truth.json', '');
      const file = join(real, 'shanghai', `${base}.narrative.txt`);
      const model = (await readWorkbook(join(real, 'shanghai', `${base}.xlsx`))).model;
      const text = readFileSync(file, 'utf8');
      const wrong = truth.narrative_errors.map((e: { stated: string }) => String(e.stated).replace(/%$/, ''));
      out.push({ name: `real/shanghai/${base}`, file, text, wrong });
      out.push({ name: `real/shanghai/${base} + workbook`, file, text, model, wrong });
    }
  }
  for (const f of readdirSync(fx('narratives')).filter((f) => /\.(txt|md)$/.test(f) && !/^seed-2024\.txt$/.test(f))) {
    const wrong = (expectedFaults()[f] ?? []).map((e) => e.stated ?? '').filter(Boolean);
    out.push({ name: `fixtures/${f}`, file: fx(`narratives/${f}`), text: readFileSync(fx(`narratives/${f}`), 'utf8'), wrong });
  }
  return out;
}

/** The sites of a truth file's hand-checked claims: the stated value inside the claim's text. */
function listedSites(d: Doc): Site[] {
  const sites: Site[] = [];
  const norm = d.text;
  for (const c of d.only ?? []) {
    const at = norm.indexOf(c.text);
    if (at < 0) continue;
    const stated = c.stated.replace(/%$/, '');
    // the last occurrence of the stated value in the claim (the claim ends with it, mostly)
    const inner = c.text.lastIndexOf(stated);
    const first = c.text.indexOf(stated);
    const pos = c.kind === 'total' ? first : inner;
    if (pos < 0) continue;
    const start = at + pos;
    const by = c.kind === 'total' ? 10 : 7;
    sites.push({ kind: c.kind, start, end: start + stated.length, replacement: plus(stated, by), what: c.text.slice(0, 60) });
  }
  return sites;
}

const table: Record<string, Record<Kind, [number, number]>> = {};
const misses: string[] = [];
const inCells: string[] = [];
const all: Record<Kind, [number, number]> = Object.fromEntries(KINDS.map((k) => [k, [0, 0]])) as Record<Kind, [number, number]>;

for (const d of await docs()) {
  const base = alarms(check(d.file, d.text, d.model));
  const raw = d.only ? listedSites(d) : sitesOf(d.text);
  const seen = new Set<string>();
  const sites = raw.filter((s) => {
    const k = `${s.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return !d.wrong.includes(d.text.slice(s.start, s.end).replace(/,/g, ''));
  });
  const row = (table[d.name] = Object.fromEntries(KINDS.map((k) => [k, [0, 0]])) as Record<Kind, [number, number]>);
  for (const s of sites) {
    // the harness measures sentences: a claim written in a table's cells ("年度资金总额 | 5.8万元 | 其中：财政拨款 |
    // 5.8万元") is read by fa's table reader by rows, not as a sentence; such changes are counted apart, not hidden
    if (s.cell) {
      inCells.push(`${d.name} ${s.kind}: ${s.what} (${d.text.slice(s.start, s.end)} → ${s.replacement})`);
      continue;
    }
    const text = d.text.slice(0, s.start) + s.replacement + d.text.slice(s.end);
    const after = check(d.file, text, d.model).filter((f) => f.severity !== 'info');
    const flagged = after.some((f) => !base.has(key(f)));
    row[s.kind][1]++;
    all[s.kind][1]++;
    if (flagged) {
      row[s.kind][0]++;
      all[s.kind][0]++;
    } else misses.push(`${d.name} ${s.kind}: ${s.what} (${d.text.slice(s.start, s.end)} → ${s.replacement})`);
  }
}

const cell = ([a, b]: [number, number]) => (b ? `${a}/${b}` : '–');
console.log('One-claim changes flagged (a new error or warning):\n');
console.log(`| narrative | ${KINDS.join(' | ')} |`);
console.log(`|---|${KINDS.map(() => '---').join('|')}|`);
for (const [name, row] of Object.entries(table)) console.log(`| ${name} | ${KINDS.map((k) => cell(row[k])).join(' | ')} |`);
console.log(`| **all** | ${KINDS.map((k) => `**${cell(all[k])}** (${all[k][1] ? Math.round((100 * all[k][0]) / all[k][1]) : 100}%)`).join(' | ')} |`);
if (inCells.length) console.log(`\nNot counted: ${inCells.length} change(s) of claims in table cells (\`--list\` shows them).`);
if (list) for (const m of misses) console.error(`  not flagged: ${m}`);
if (list) for (const m of inCells) console.error(`  not counted (table cell): ${m}`);

// ── precision and recall against the truth files ────────────────────────────────────────────────
async function run(args: string[]): Promise<ReportedFinding[] & Finding[]> {
  let out = '';
  await main([...args, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => {}, stdoutTTY: false, stderrTTY: false, env: {}, cwd: root });
  return (JSON.parse(out) as { findings: (ReportedFinding & Finding)[] }).findings;
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function mentions(f: object, value: string): boolean {
  const v = String(value).replace(/[,，]/g, '').replace(/[%％]$/, '');
  const re = /^[0-9.]+$/.test(v) ? new RegExp(`(^|[^0-9.])${esc(v)}(?![0-9])`) : new RegExp(esc(v));
  return re.test(JSON.stringify(f).replace(/(\d),(\d{3})/g, '$1$2'));
}
console.log('\nAgainst the truth files of ../shared/real (narrative problems caught, false error findings):\n');
console.log('| document | known | caught | false errors |');
console.log('|---|---|---|---|');
let caught = 0;
let known = 0;
let falseErr = 0;
if (existsSync(real)) {
  for (const t of readdirSync(join(real, 'shanghai')).filter((f) => f.endsWith('.truth.json'))) {
    const base = t.replace('.truth.json', '');
    const truth = JSON.parse(readFileSync(join(real, 'shanghai', t), 'utf8'));
    const fs = (await run([join(real, 'shanghai', `${base}.xlsx`), '--narrative', join(real, 'shanghai', `${base}.narrative.txt`)])).filter((f) => f.location.paragraph !== undefined);
    const k = truth.narrative_errors.filter((e: { stated: string }) => !/^0+(\.0+)?%?$/.test(String(e.stated)));
    const c = k.filter((e: { stated: string; severity: string }) => fs.some((f) => (e.severity === 'error' ? f.severity === 'error' : f.severity !== 'info') && mentions(f, e.stated)));
    const stray = fs.filter((f) => f.severity === 'error' && !k.some((e: { stated: string }) => mentions(f, e.stated)));
    console.log(`| shanghai/${base} | ${k.length} | ${c.length} | ${stray.length} |`);
    caught += c.length;
    known += k.length;
    falseErr += stray.length;
  }
  for (const t of readdirSync(join(real, 'fragments')).filter((f) => f.endsWith('.truth.json'))) {
    const base = t.replace('.truth.json', '');
    const truth = JSON.parse(readFileSync(join(real, 'fragments', t), 'utf8'));
    const fs = await run([join(real, 'fragments', `${base}.txt`)]);
    const all = truth.discrepancies ?? [];
    const k = all.filter((d: { stated: string }) => !/^0+(\.0+)?%?$/.test(String(d.stated)));
    const st = (d: { stated: string }) => String(d.stated).replace(/[^0-9.%]/g, '');
    const c = k.filter((d: { stated: string }) => fs.some((f) => f.severity !== 'info' && mentions(f, st(d))));
    // a finding at a known problem whose stated value is 0 (the scorer cannot match "0") is not false
    const stray = fs.filter((f) => f.severity === 'error' && !all.some((d: { stated: string; claim: string }) => mentions(f, st(d)) && (st(d) !== '0' || (f.location as { quote?: string }).quote?.includes(d.claim.slice(-12)))));
    console.log(`| fragments/${base} | ${k.length} | ${c.length} | ${stray.length} |`);
    caught += c.length;
    known += k.length;
    falseErr += stray.length;
  }
}
console.log(`| **all** | **${known}** | **${caught}** | **${falseErr}** |`);

console.log('\nAgainst fixtures/narratives/expected.json:\n');
const rows: string[][] = [];
let tp = 0;
let fp = 0;
let found = 0;
let total = 0;
for (const [name, faults] of Object.entries(expectedFaults())) {
  const cases: [string, string[], typeof faults][] = [[`${name}`, [fx(`narratives/${name}`)], faults]];
  if (name.startsWith('seed')) cases.push([`${name} + workbooks`, [fx('sample-2024.xlsx'), '--prior', fx('sample-2023.xlsx'), '--narrative', fx(`narratives/${name}`)], withWorkbook(faults)]);
  for (const [label, args, expected] of cases) {
    const s = score(expected, (await run(args)).filter((f) => f.location.paragraph !== undefined));
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
