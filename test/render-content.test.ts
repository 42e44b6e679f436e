// What fa-render writes, figure by figure: nothing the workbook does not hold (each of the nine tables
// removed in turn), a blank fa-init profile, the profile checked against the workbook, the 名词解释
// and the 附件 from data, and gaps where the profile is silent.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as initMain } from '../src/cli/init.js';
import type { IO } from '../src/cli/io.js';
import { main as renderMain } from '../src/cli/render.js';
import { readChart } from '../src/read/narrative/docx.js';
import { readWorkbook } from '../src/read/workbook.js';
import { loadProfile, PROFILE_SCHEMA } from '../src/render/profile.js';
import { render } from '../src/render/render.js';
import { checkJson, fixture, tempDir } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
// the seed narrative, as the project keeps it among its fixtures (a copy of ../shared/seed/, which CI does not have)
const SEED = fixture('narratives/seed-2024.txt');

async function renderCli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: IO = { stdout: () => {}, stderr: (t) => (stderr += t), stdoutTTY: false, stderrTTY: false, env: {}, cwd: process.cwd() };
  return { code: await renderMain(args, io), stderr };
}

/** The document's paragraphs and its charts' values, by title. */
function contents(buffer: Uint8Array) {
  const files = unzipSync(buffer);
  const paragraphs = strFromU8(files['word/document.xml'])
    .split('</w:p>')
    .map((p) => p.replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '').replace(/<[^>]+>/g, ''))
    .filter(Boolean);
  const charts = Object.keys(files)
    .filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))
    .map((f, i) => readChart(files, f, i + 1)!);
  return { paragraphs, text: paragraphs.join('\n'), charts };
}

/** A statement's figures: the text between 。；and line ends that holds an amount or a share. */
const statements = (text: string) =>
  text
    .split(/[。；\n]/)
    .map((s) => s.trim())
    .filter((s) => /\d+\.\d{2}/.test(s));

describe('removing any one of the nine tables: the document holds no figure the workbook does not', () => {
  const profile = () => loadProfile(fixture('profile-2024.yaml'));
  let full: ReturnType<typeof contents>;
  let prior: Awaited<ReturnType<typeof readWorkbook>>['model'];
  beforeAll(async () => {
    prior = (await readWorkbook(fixture('sample-2023.xlsx'))).model;
    const model = (await readWorkbook(fixture('sample-2024.xlsx'))).model!;
    full = contents((await render(model, prior, await profile(), 'sichuan')).buffer);
  }, 60000);

  for (const sheet of ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表'])
    it(`without ${sheet}`, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(fixture('sample-2024.xlsx'));
      wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
      const file = join(tempDir(), 'partial.xlsx');
      await wb.xlsx.writeFile(file);
      const model = (await readWorkbook(file)).model!;
      expect(model.tables.map((t) => t.sheet)).not.toContain(sheet);
      const r = await render(model, prior, await profile(), 'sichuan');
      const doc = contents(r.buffer);
      // a statement is one the full workbook gives word for word, or it holds a gap; its figures outside
      // the gaps are figures of the full document (a share of a missing whole is a gap, never 0.00)
      const known = new Set(statements(full.text));
      for (const s of statements(doc.text)) {
        if (known.has(s)) continue;
        expect(s, s).toContain('【待补充');
        for (const piece of s.split(/【待补充[^】]*】/)) for (const clause of piece.split(/[，：]/)) if (/\d+\.\d{2}/.test(clause)) expect(full.text, `${sheet}: ${clause}`).toContain(clause);
      }
      // a chart draws only figures the full document's chart of that title draws
      for (const c of doc.charts) {
        const same = full.charts.find((f) => f.title === c.title);
        expect(same, c.title).toBeDefined();
        const values = new Set(same!.series.flatMap((s) => s.values.map((v) => v?.toFixed(2))));
        for (const s of c.series) for (const v of s.values) expect(values.has(v?.toFixed(2)), `${c.title} ${v}`).toBe(true);
      }
      // the attached tables: the removed one is not among them
      expect(r.input.tables.map((t) => t.id)).not.toContain(sheet);
      // its figures are gaps, unless another table holds them (公开08/09表's totals are columns of 公开04表)
      if (!['公开02表', '公开08表', '公开09表'].includes(sheet)) expect(r.warnings.some((w) => w.key === 'gap.table' || w.key === 'gap.cell')).toBe(true);
    }, 60000);
});

describe('fa-init', () => {
  const io = (cwd: string): IO => ({ stdout: () => {}, stderr: () => {}, stdoutTTY: false, stderrTTY: false, env: {}, cwd });

  /** The fixtures' facts: department names, every non-zero amount of the sample workbooks, the example profile's values. */
  async function fixtureFacts(): Promise<{ names: Set<string>; figures: Set<string> }> {
    const names = new Set<string>();
    const figures = new Set<string>();
    for (const f of ['sample-2024.xlsx', 'sample-2023.xlsx']) {
      const m = (await readWorkbook(fixture(f))).model!;
      if (m.department) names.add(m.department);
      for (const t of m.tables) for (const r of t.rows) for (const a of Object.values(r.amounts)) if (a && !a.value.eq(0)) figures.add(a.shown);
    }
    const walk = (v: unknown): void => {
      if (typeof v === 'string' && v.length >= 4) names.add(v);
      else if (typeof v === 'number' && v >= 10) figures.add(String(v));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(load(readFileSync(fixture('profile-2024.yaml'), 'utf8')));
    return { names, figures };
  }

  it('writes a blank profile: no figure or name of the fixtures in anything it writes', async () => {
    const dir = tempDir();
    expect(await initMain([], io(dir))).toBe(0);
    const profile = readFileSync(join(dir, 'profile.yaml'), 'utf8');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '部门决算公开表.xlsx'));
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? '')))));
    const written = [profile, ...cells].join('\n');
    const { names, figures } = await fixtureFacts();
    expect(names.size).toBeGreaterThan(10);
    expect(figures.size).toBeGreaterThan(30);
    for (const n of names) expect(written.includes(n), n).toBe(false);
    const tokens = new Set(written.match(/\d[\d,.]*/g) ?? []);
    for (const f of figures) expect(tokens.has(f), f).toBe(false);
    // every value is a placeholder: nothing but comments, keys and 【待补充】
    for (const line of profile.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'))) expect(line.replace(/【待补充】/g, '').replace(/[a-zA-Z]\w*|[\s\-{},:]/g, ''), line).toBe('');
  });

  it('the blank profile names every field of the schema, each with a Chinese comment, and renders as no profile does', async () => {
    const text = readFileSync(join(ROOT, 'templates', 'profile.yaml'), 'utf8');
    const paths = (schema: { properties?: Record<string, unknown>; items?: unknown }, prefix: string): string[] =>
      Object.entries(schema.properties ?? {}).flatMap(([k, v]) => {
        const sub = v as { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } };
        if (sub.properties) return paths(sub, `${prefix}${k}.`);
        if (sub.items?.properties) return paths(sub.items, `${prefix}${k}.`);
        return [`${prefix}${k}`];
      });
    for (const p of paths(PROFILE_SCHEMA, '')) expect(new RegExp(`\\b${p.split('.').pop()}\\b\\s*:`).test(text), p).toBe(true);
    const lines = text.split('\n');
    lines.forEach((l, i) => {
      if (/^\s*[a-z]\w*:/.test(l) && !/^\s*-/.test(l)) expect(/^\s*#.*[\u4e00-\u9fff]/.test(lines[i - 1] ?? ''), `line ${i + 1}: ${l}`).toBe(true);
    });
    const blank = await loadProfile(join(ROOT, 'templates', 'profile.yaml'));
    const model = (await readWorkbook(fixture('sample-2024.xlsx'))).model!;
    const a = await render(model, undefined, blank, 'sichuan');
    const b = await render(model, undefined, {}, 'sichuan');
    expect(a.text).toBe(b.text);
    expect(a.warnings).toEqual(b.warnings);
  });
});

describe('the profile and the workbook', () => {
  const withProfile = async (edit: (yaml: string) => string) => {
    const p = join(tempDir(), 'profile.yaml');
    writeFileSync(p, edit(readFileSync(fixture('profile-2024.yaml'), 'utf8')));
    const out = join(tempDir(), 'o.docx');
    const r = await renderCli([fixture('sample-2024.xlsx'), '--prior', fixture('sample-2023.xlsx'), '--profile', p, '-o', out]);
    return { ...r, out, doc: existsSync(out) ? contents(readFileSync(out)) : undefined };
  };

  it('another department’s or year’s profile: a warning naming both, the document still written', async () => {
    const same = await withProfile((y) => y);
    expect(same.code).toBe(0);
    expect(same.stderr).not.toMatch(/部门资料中的部门|部门资料的年度/);
    const dept = await withProfile((y) => y.replace('department: 攀枝花市人民政府驻成都办事处', 'department: 某某县教育局'));
    expect(dept.code).toBe(0);
    expect(dept.stderr).toMatch(/部门资料中的部门“某某县教育局”与工作簿中的“攀枝花市人民政府驻成都办事处”不同/);
    const year = await withProfile((y) => y.replace('year: 2024', 'year: 2023'));
    expect(year.stderr).toMatch(/部门资料的年度 2023 与工作簿的 2024 年度不同/);
  });

  it('“同上” is written out as the reason before it, never as the words 同上', async () => {
    const { doc } = await withProfile((y) => y);
    expect(doc!.text).not.toContain('同上');
    const fiscal = doc!.paragraphs.find((p) => p.startsWith('2024年度财政拨款收入、支出总计'))!;
    expect(fiscal).toContain('主要变动原因是2023年有退休人员死亡抚恤金');
  });

  it('silent on 中小企业 awards, the vehicles’ uses and the projects: each a named gap', async () => {
    const { doc } = await withProfile((y) =>
      y
        .replace('procurement: { goods: 0, works: 0, services: 0 }', 'procurement: { goods: 12.5, works: 0, services: 3 }')
        .replace(/, runUse: [^}]*\}/, ' }')
        .replace(/, otherUse: [^}]*\}/, ' }')
        .replace(/\nprojects:[\s\S]*?\n(?=# 名词解释)/, '\n'),
    );
    const text = doc!.text;
    expect(text).toContain('政府采购支出总额15.50万元');
    expect(text).toMatch(/授予中小企业合同金额【待补充：授予中小企业合同金额（部门资料 procurement\.sme）】/);
    expect(text).toContain('公务用车运行维护费主要用于【待补充：公务用车运行维护费的主要用途');
    expect(text).toContain('其他用车主要是用于【待补充：其他用车的用途');
    expect(text).toContain('【待补充：项目支出绩效自评表');
  });

  it('nothing bought: the awards are zero, not gaps', async () => {
    const { doc } = await withProfile((y) => y);
    expect(doc!.text).toContain('授予中小企业合同金额0.00万元，占政府采购支出总额的0.00%');
  });
});

describe('名词解释 and 附件', () => {
  let text: string;
  let paragraphs: string[];
  beforeAll(async () => {
    const model = (await readWorkbook(fixture('sample-2024.xlsx'))).model!;
    const r = await render(model, undefined, await loadProfile(fixture('profile-2024.yaml')), 'sichuan');
    ({ text, paragraphs } = contents(r.buffer));
  });

  it('one entry for each 功能分类 项 with spending, in the team’s words (no sentence of the seed document)', async () => {
    const model = (await readWorkbook(fixture('sample-2024.xlsx'))).model!;
    const items = model.tables.filter((t) => t.key === 'T03' || t.key === 'T05').flatMap((t) => t.rows.filter((r) => r.code?.length === 7 && Object.values(r.amounts).some((a) => a && !a.value.eq(0))));
    const glossary = paragraphs.slice(paragraphs.findIndex((p) => p === '第三部分 名词解释') + 1, paragraphs.findIndex((p) => p === '第四部分 附件'));
    expect(glossary.length).toBeGreaterThan(15);
    for (const r of new Map(items.map((r) => [r.code, r])).values()) expect(glossary.filter((g) => g.includes(`${r.name}（项）：`)), r.code).toHaveLength(1);
    const seed = readFileSync(SEED, 'utf8').replace(/\s+/g, '');
    for (const g of glossary) {
      const definition = g.slice(g.indexOf('：') + 1).replace(/。$/, '');
      expect(seed.includes(definition), definition).toBe(false);
      expect(g).not.toContain('【待补充');
    }
    expect(glossary.map((g) => g.replace(/^(\d+)\..*$/, '$1'))).toEqual(glossary.map((_, i) => String(i + 1)));
  });

  it('附件: each project of the profile as its self-evaluation table', () => {
    for (const s of ['项目支出绩效自评表（招商引资活动经费）', '项目名称', '招商引资活动经费', '年度资金总额', '5.80', '一级指标', '指标值', '完成值', '组织参与招商活动', '≥2次', '4次']) expect(text).toContain(s);
  });
});

describe('what fa-render refuses', () => {
  it('a workbook without any of the nine tables: nothing written, exit 2', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '本文件不是决算公开表';
    const file = join(tempDir(), 'other.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(tempDir(), 'o.docx');
    const r = await renderCli([file, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/没有读到任何一张部门决算公开表|不是已知的决算公开表/);
    expect(existsSync(out)).toBe(false);
  });

  it('the document of a blank profile and of the 元 workbook passes fa-check with no error and no warning but its gaps', async () => {
    const out = join(tempDir(), 'blank.docx');
    expect((await renderCli([fixture('yuan-2024.xlsx'), '--profile', join(ROOT, 'templates', 'profile.yaml'), '-o', out])).code).toBe(0);
    const r = await checkJson([fixture('yuan-2024.xlsx'), '--narrative', out]);
    expect(r.report.findings.filter((f) => f.severity !== 'info' && f.rule !== 'n-placeholder')).toEqual([]);
  });
});
