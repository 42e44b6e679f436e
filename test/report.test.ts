// Report formats, output files, colours, config and exit codes.
import * as ajv from 'ajv';
import * as ajvDraft04 from 'ajv-draft-04';
import * as zh from '../src/report/messages/zh.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../src/report/list-rules.js';
import { EXAMPLES } from '../src/rules/examples.js';
import { CATALOGUE, ruleById } from '../src/rules/index.js';
import { buildExamples, hasSoffice } from './tools/rule-examples.js';
import { checkJson, fixture, runCheck, tempDir, variant } from './helpers.js';

const require = createRequire(import.meta.url);
const SAMPLE = fixture('sample-2024.xlsx');

describe('formats', () => {
  it('SARIF validates against the SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // a CommonJS module: its class is module.exports and module.exports.default
    const ajv = new ajvDraft04.default.default({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const broken = await variant('sample-2024.xlsx', { 公开05表: { D10: 386.55 } });
    const r = await runCheck([broken, fixture('bad/legacy-2024.xls'), '--format', 'sarif']);
    const doc = JSON.parse(r.stdout);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = doc.runs[0].results;
    expect(results.some((x: { ruleId: string; level: string }) => x.ruleId === 't05-row-sum' && x.level === 'error')).toBe(true);
    expect(results.some((x: { level: string }) => x.level === 'note')).toBe(true); // info findings appear too
  });

  it('JSON reports validate against the published schema (src/report/report.schema.json)', async () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'report', 'report.schema.json'), 'utf8'));
    const validate = new ajv.default.default({ allErrors: true, strict: false }).compile(schema);
    const broken = await variant('sample-2024.xlsx', { 公开05表: { D10: 386.55 } });
    const runs = [
      [broken, '--prior', fixture('sample-2023.xlsx'), '--narrative', fixture('narratives/seed-2024.txt')],
      [fixture('narratives/seed-2024.txt'), join(tempDir(), '缺失.xlsx'), fixture('shanghai-style-2024.xlsx')],
      [fixture('bad/legacy-2024.xls'), '--lang', 'en'],
    ];
    for (const args of runs) {
      const doc = JSON.parse((await runCheck([...args, '--format', 'json'])).stdout);
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(doc.findings.length).toBeGreaterThan(0);
    }
    // every reason a file can be unreadable is in the schema, and nothing else
    expect([...schema.properties.files.items.properties.unreadable.enum].sort()).toEqual(Object.keys(zh.MESSAGES['input-unreadable']).sort());
    // the schema rejects what it should: a finding without a rule
    expect(validate({ files: [], findings: [{ severity: 'error', message: 'x', location: { file: 'a' } }], summary: { errors: 1, warnings: 0, infos: 0, files: 0 } })).toBe(false);
  });

  it('JUnit parses as XML and counts the failing rules', async () => {
    const broken = await variant('sample-2024.xlsx', { 公开05表: { D10: 386.55 } });
    const r = await runCheck([broken, '--format', 'junit']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    const suite = xml.testsuites.testsuite;
    const failing = (suite.testcase as { '@_name': string; failure?: unknown }[]).filter((t) => t.failure).map((t) => t['@_name']);
    expect(failing.sort()).toEqual(['hierarchy', 't05-row-sum']);
    expect(+suite['@_failures']).toBe(2);
  });

  it('JSON: every finding has rule, severity, message, location; summary counts them', async () => {
    const { report } = await checkJson([SAMPLE]);
    expect(report.files[0]).toMatchObject({ path: SAMPLE, unrecognised: [], hidden: [] });
    expect(report.files[0].tables[0]).toEqual({ key: 'T01', sheet: '公开01表', title: '2024年度收入支出决算总表' });
    for (const f of report.findings) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.location.file).toBe(SAMPLE);
    }
    expect(report.summary.infos).toBe(report.findings.filter((f) => f.severity === 'info').length);
    expect(report.findings.find((f) => f.rule === 't01-expense-total')).toMatchObject({ stated: '817.16', expected: '817.15', location: { sheet: '公开01表', cell: 'F15' } });
  });

  it('text: the rounding notes of a sheet fold into one line naming their cells; --verbose lists each', async () => {
    const { report } = await checkJson([SAMPLE]);
    const notes = report.findings.filter((f) => f.severity === 'info');
    const sheets = new Set(notes.map((f) => f.location.sheet));
    const folded = (await runCheck([SAMPLE, '--no-color'])).stdout.split('\n').filter((l) => /^\s+提示/.test(l));
    const each = (await runCheck([SAMPLE, '--no-color', '--verbose'])).stdout.split('\n').filter((l) => /^\s+提示/.test(l));
    expect(each).toHaveLength(notes.length);
    expect(folded).toHaveLength(sheets.size);
    // every cell of a note is still named in the folded report
    const text = folded.join('\n');
    for (const f of notes) expect(text).toContain(f.location.cell!);
  });

  it('--lang en writes English messages', async () => {
    const r = await runCheck([SAMPLE, '--lang', 'en', '--no-color']);
    expect(r.stdout).toMatch(/Rounding difference/);
    expect(r.stdout).not.toMatch(/四舍五入差异/);
  });
});

describe('colour', () => {
  const ESC = /\x1b\[/;
  it('on a terminal by default; off with NO_COLOR or --no-color; FORCE_COLOR forces it', async () => {
    expect((await runCheck([SAMPLE], {}, undefined, true)).stdout).toMatch(ESC);
    expect((await runCheck([SAMPLE], { NO_COLOR: '1' }, undefined, true)).stdout).not.toMatch(ESC);
    expect((await runCheck([SAMPLE, '--no-color'], {}, undefined, true)).stdout).not.toMatch(ESC);
    expect((await runCheck([SAMPLE], {}, undefined, false)).stdout).not.toMatch(ESC);
    expect((await runCheck([SAMPLE], { FORCE_COLOR: '1' }, undefined, false)).stdout).toMatch(ESC);
  });
});

describe('--output', () => {
  it('writes the report, never over an existing file without --force', async () => {
    const out = join(tempDir(), 'report.json');
    const first = await runCheck([SAMPLE, '--format', 'json', '--output', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(1);
    writeFileSync(out, 'keep me');
    const second = await runCheck([SAMPLE, '--format', 'json', '--output', out]);
    expect(second.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const third = await runCheck([SAMPLE, '--format', 'json', '--output', out, '--force']);
    expect(third.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('keep me');
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
});

describe('exit codes', () => {
  it('info never changes the exit code', async () => {
    const { code, report } = await checkJson([SAMPLE]);
    expect(report.summary.infos).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it('a warning fails only with --fail-on warning', async () => {
    const file = await variant('sample-2024.xlsx', { 公开05表: { B10: '一般行政管理事务' } });
    expect((await runCheck([file])).code).toBe(0);
    expect((await runCheck([file, '--fail-on', 'warning'])).code).toBe(1);
  });
});

describe('config file', () => {
  it('turns rules off, changes severities and chooses the edition’s tables', async () => {
    const dir = tempDir();
    const broken = await variant('sample-2024.xlsx', { 公开05表: { D10: 386.55 } }, (wb) => wb.removeWorksheet(wb.getWorksheet('公开09表')!.id));
    writeFileSync(join(dir, 'fa-check.config.json'), JSON.stringify({ rules: { hierarchy: 'off', 't05-row-sum': 'warning' }, tables: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08'] }));
    const r = await runCheck([broken, '--format', 'json'], {}, dir);
    const report = JSON.parse(r.stdout);
    expect(report.findings.some((f: { rule: string }) => f.rule === 'hierarchy')).toBe(false);
    expect(report.findings.find((f: { rule: string; location: { cell: string } }) => f.rule === 't05-row-sum' && f.location.cell === 'C10').severity).toBe('warning');
    expect(report.findings.some((f: { rule: string }) => f.rule === 'read-table-missing')).toBe(false);
    expect(r.code).toBe(0);
  });

  it('names every wrong field and exits 2', async () => {
    const dir = tempDir();
    const cfg = join(dir, 'my.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'no-such-rule': 'off', hierarchy: 'loud' }, yoyThreshold: -1, colour: true }));
    const r = await runCheck([SAMPLE, '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-rule/);
    expect(r.stderr).toMatch(/rules\.hierarchy/);
    expect(r.stderr).toMatch(/yoyThreshold/);
    expect(r.stderr).toMatch(/colour/);
  });
});

describe('rule catalogue', () => {
  it('--list-rules prints every rule', async () => {
    const r = await runCheck(['--list-rules', '--no-color']);
    expect(r.code).toBe(0);
    for (const rule of CATALOGUE) expect(r.stdout).toContain(rule.meta.id);
  });

  it('src/rules/README.md is generated from the catalogue and up to date', () => {
    const page = readFileSync(join(import.meta.dirname, '..', 'src', 'rules', 'README.md'), 'utf8');
    expect(page).toBe(rulesMarkdown('zh'));
  });

  it('rule ids are unique and every rule has, in both languages, a title, a rationale, a fix and a real example', () => {
    const ids = CATALOGUE.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CATALOGUE) for (const t of [r.meta.title, r.meta.rationale, r.meta.fix]) expect(t.zh && t.en).toBeTruthy();
    expect(CATALOGUE.filter((r) => !EXAMPLES[r.meta.id]).map((r) => r.meta.id)).toEqual([]);
    for (const [id, f] of Object.entries(EXAMPLES)) expect(f.rule).toBe(id);
  });

  it('the examples are what the rules report today on the inputs built to break them', async () => {
    const fresh = await buildExamples();
    const stored = { ...EXAMPLES };
    // the .xls example needs LibreOffice to convert the file
    if (!hasSoffice()) delete stored['read-converted'];
    expect(fresh).toEqual(stored);
  }, 120000);

  it('--list-rules ID prints that rule with its example and fix, in either language', async () => {
    const zh = await runCheck(['--list-rules', 't05-row-sum', '--no-color']);
    expect(zh.code).toBe(0);
    expect(zh.stdout.split('\n')[0]).toMatch(/^t05-row-sum\s+错误/);
    expect(zh.stdout).toContain(`改正  ${ruleById('t05-row-sum')!.meta.fix.zh}`);
    expect(zh.stdout).toMatch(/示例 .*396\.55.*386\.55/);
    const en = await runCheck(['--list-rules', 't05-row-sum', '--lang', 'en', '--no-color']);
    expect(en.stdout).toContain(`Fix  ${ruleById('t05-row-sum')!.meta.fix.en}`);
    expect((await runCheck(['--list-rules', 'no-such-rule'])).code).toBe(2);
  });
});
