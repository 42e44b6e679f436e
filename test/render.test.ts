// fa-render: the round trip through fa-check, the charts' cached data, determinism, exit codes,
// and the document as a real word processor opens it (LibreOffice → PDF → text).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main as renderMain } from '../src/cli/render.js';
import type { IO } from '../src/cli/io.js';
import { readChart } from '../src/read/narrative/docx.js';
import { checkJson, fixture, tempDir, variant } from './helpers.js';

async function renderCli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: IO = { stdout: () => {}, stderr: (t) => (stderr += t), stdoutTTY: false, stderrTTY: false, env: {}, cwd: process.cwd() };
  return { code: await renderMain(args, io), stderr };
}

const FULL = [fixture('sample-2024.xlsx'), '--prior', fixture('sample-2023.xlsx'), '--profile', fixture('profile-2024.yaml')];

async function rendered(args: string[], name = 'out.docx'): Promise<string> {
  const out = join(tempDir(), name);
  const r = await renderCli([...args, '-o', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

const alarms = (findings: { severity: string; rule: string }[]) => findings.filter((f) => f.severity !== 'info' && f.rule !== 'n-placeholder');

describe('round trip: fa-check on what fa-render wrote', () => {
  for (const template of ['sichuan', 'shanghai'])
    for (const [label, args] of [
      ['with last year and a profile', FULL],
      ['from the workbook alone', [fixture('sample-2024.xlsx')]],
      ['from the 元 workbook', [fixture('yuan-2024.xlsx')]],
    ] as const)
      it(`${template}, ${label}: no error and no warning but the 【待补充】 markers`, async () => {
        const out = await rendered([...args, '--template', template]);
        const workbook = args[0];
        const prior = args.includes('--prior') ? ['--prior', fixture('sample-2023.xlsx')] : [];
        const together = await checkJson([workbook, ...prior, '--narrative', out]);
        expect(alarms(together.report.findings)).toEqual([]);
        const alone = await checkJson([out]);
        expect(alarms(alone.report.findings)).toEqual([]);
        if (label === 'with last year and a profile' && template === 'sichuan') expect(alone.report.findings.filter((f) => f.rule === 'n-placeholder')).toEqual([]);
        if (label === 'from the workbook alone') expect(alone.report.findings.some((f) => f.rule === 'n-placeholder')).toBe(true);
      });
});

describe('the document', () => {
  it('each chart holds the right categories and values', async () => {
    const out = await rendered(FULL);
    const files = unzipSync(readFileSync(out));
    const charts = Object.keys(files)
      .filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))
      .sort((a, b) => +a.replace(/\D/g, '') - +b.replace(/\D/g, ''))
      .map((f, i) => readChart(files, f, i + 1)!);
    const byTitle = (t: string) => charts.find((c) => c.title === t)!;
    expect(charts).toHaveLength(7);
    const total = byTitle('收入、支出决算总计变动情况');
    expect(total.type).toBe('bar');
    // the earlier year first
    expect(total.series.map((s) => [s.name, s.categories, s.values.map((v) => v!.toFixed(2))])).toEqual([
      ['收入', ['2023', '2024'], ['884.83', '817.16']],
      ['支出', ['2023', '2024'], ['884.83', '817.16']],
    ]);
    const structure = byTitle('一般公共预算财政拨款支出决算结构');
    expect(structure.type).toBe('pie');
    // large and small slices in turn, so that two small ones do not put their labels on each other
    expect(structure.series[0].categories).toEqual(['一般公共服务支出', '住房保障支出', '社会保障和就业支出', '卫生健康支出']);
    expect(structure.series[0].values.map((v) => v!.toFixed(2))).toEqual(['515.61', '43.08', '212.53', '45.93']);
    expect(byTitle('“三公”经费财政拨款支出结构').series[0].values.map((v) => v!.toFixed(2))).toEqual(['17.61', '8.51']);
    const classes = byTitle('一般公共预算财政拨款支出决算变动情况');
    expect(classes.type).toBe('bar');
    expect(classes.series.map((s) => s.name)).toEqual(['2023年', '2024年']);
    // every label: two decimals and 万元
    const xml = Object.keys(files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f)).map((f) => strFromU8(files[f]));
    for (const c of xml) expect(c).toContain('formatCode="0.00&quot;万元&quot;"');
  });

  it('the same inputs give the same document text (relationship ids are random in the docx library)', async () => {
    const { readNarrative } = await import('../src/read/narrative/index.js');
    const text = async (name: string) => JSON.stringify((await readNarrative(await rendered(FULL, name))).doc!.blocks.map((b) => [b.kind, b.text, b.cell, b.chart]));
    expect(await text('a.docx')).toBe(await text('b.docx'));
  });

  it('the document written on the worker thread is the one written in-process', async () => {
    const { readNarrative } = await import('../src/read/narrative/index.js');
    const { readWorkbook } = await import('../src/read/workbook.js');
    const { render } = await import('../src/render/render.js');
    const { startPacker } = await import('../src/render/pack.js');
    const model = (await readWorkbook(fixture('sample-2024.xlsx'))).model!;
    const packer = startPacker();
    const viaWorker = await render(model, undefined, {}, 'sichuan', packer);
    packer.close();
    const here = await render(model, undefined, {}, 'sichuan');
    const text = async (buffer: Buffer) => {
      const file = join(tempDir(), 'd.docx');
      writeFileSync(file, buffer);
      return JSON.stringify((await readNarrative(file)).doc!.blocks.map((b) => [b.kind, b.text, b.cell, b.chart]));
    };
    expect(viaWorker.buffer.subarray(0, 2).toString()).toBe('PK');
    expect(await text(viaWorker.buffer)).toBe(await text(here.buffer));
  });


  it('the zip deflated by zlib holds exactly the parts docx’s own Packer writes, in its order', async () => {
    const { Packer } = await import('docx');
    const { buildDocument } = await import('../src/render/document.js');
    const { packDocx } = await import('../src/render/zip.js');
    const grid = { headerRows: 1, kinds: ['label', 'amount'] as const, widths: [6000, 2800], size: 20, landscape: false, rows: [[{ text: '项目', colSpan: 1, numeric: false }, { text: '金额', colSpan: 1, numeric: false }], [{ text: '合计', colSpan: 1, numeric: false }, { text: '817.16', colSpan: 1, numeric: true }]] };
    const { document: doc } = buildDocument(
      {
        text: '@cover\n# 标题\n@end\n@toc 目录\n## 第一部分\n正文817.16万元。\n@chart c 图1\n@tables',
        charts: { c: { type: 'pie', title: '图1', categories: ['甲', '乙'], series: [{ name: '图1', values: [1, 2] }] } },
        tables: [{ id: '公开01表', title: '表', dept: '部门', unit: '万元', grid: { ...grid, kinds: [...grid.kinds] } }],
      },
      'docx',
    );
    // one Document object, so both carry the same random relationship ids and the same timestamps
    const ours = unzipSync(await packDocx(doc));
    const theirs = unzipSync(await Packer.toBuffer(doc));
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    expect(Object.keys(ours)).toContain('word/charts/chart1.xml');
    for (const name of Object.keys(theirs)) expect(Buffer.from(ours[name]).equals(Buffer.from(theirs[name])), name).toBe(true);
  });
  it('the tables written as XML are byte for byte the tables docx writes: the sample’s (both templates, with and without a profile) and odd cells', async () => {
    const { buildDocument } = await import('../src/render/document.js');
    const { render } = await import('../src/render/render.js');
    const { loadProfile } = await import('../src/render/profile.js');
    const { readWorkbook } = await import('../src/read/workbook.js');
    const now = (await readWorkbook(fixture('sample-2024.xlsx'))).model!;
    const prior = (await readWorkbook(fixture('sample-2023.xlsx'))).model!;
    const profile = await loadProfile(fixture('profile-2024.yaml'));
    const odd = (text: string, more: object = {}) => ({ text, colSpan: 1, numeric: false, ...more });
    const oddGrid = {
      headerRows: 2,
      kinds: ['label', 'amount', 'amount'] as ('label' | 'amount')[],
      widths: [3000, 2000, 1500],
      size: 18,
      landscape: true,
      rows: [
        [odd('项目', { vMerge: 'restart' }), odd('金额 & <合计> "甲" \'乙\'', { colSpan: 2 }), odd('', { covered: true })],
        [odd('', { vMerge: 'continue' }), odd('本年'), odd('上年')],
        [odd(''), odd('1.00\u0001', { numeric: true }), odd(' 2.00 ', { numeric: true })],
      ],
    };
    // the document.xml docx writes, bar the ids it makes at random or counts on from earlier documents
    const xmlOf = async (doc: { document: unknown; finish(xml: string): string }) => {
      const { packDocx } = await import('../src/render/zip.js');
      const xml = strFromU8(unzipSync(await packDocx(doc.document as never, doc.finish))['word/document.xml']);
      return xml.replace(/rId[\w-]{15,}/g, 'rId').replace(/(<wp:docPr id=")\d+/g, '$1');
    };
    for (const [template, p] of [['sichuan', profile], ['shanghai', profile], ['sichuan', {}]] as const) {
      const { input } = await render(now, prior, p, template);
      const inputs = [input, { ...input, projects: [...(input.projects ?? []), { title: '奇', grid: oddGrid }] }];
      for (const i of inputs) {
        const ours = await xmlOf(buildDocument(i, 'xml'));
        expect(ours).not.toContain('fa-table-');
        expect(ours).toBe(await xmlOf(buildDocument(i, 'docx')));
      }
    }
  });
  it('the built command (docx from the bundle, the charts’ workbooks zipped by zlib) writes the same parts as the sources', async () => {
    const built = join(tempDir(), 'built.docx');
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'fa-render.js'), ...FULL, '-o', built], { encoding: 'utf8', env: { ...process.env, FA_WORKERS: '1' } });
    expect(r.status, r.stderr).toBe(0);
    // what each part holds, a chart's workbook by its own parts; the relationship ids are random, the
    // times the times of writing, and docx counts the drawings' ids on from the process's earlier documents
    const text = (xml: Uint8Array) =>
      strFromU8(xml)
        .replace(/rId[\w-]{15,}/g, 'rId')
        .replace(/<dcterms:\w+ [^>]*>[^<]*/g, '')
        .replace(/(<wp:docPr id=")\d+/g, '$1');
    const contents = (zip: Uint8Array): Record<string, string> =>
      Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, data]) => [name, name.endsWith('.xlsx') ? JSON.stringify(contents(data)) : text(data)]));
    const ours = contents(readFileSync(built));
    expect(Object.keys(ours).filter((f) => f.endsWith('.xlsx'))).toHaveLength(7);
    expect(ours).toEqual(contents(readFileSync(await rendered(FULL))));
  });
  it('layout: A4, GB/T 9704 margins, 仿宋_GB2312 16 pt on a fixed 28.95 pt line, page numbers "— N —"', async () => {
    const files = unzipSync(readFileSync(await rendered(FULL)));
    const doc = strFromU8(files['word/document.xml']);
    const styles = strFromU8(files['word/styles.xml']);
    expect(doc).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(doc).toMatch(/w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
    // the body's line and font are its paragraph style's
    const body = /<w:style w:type="paragraph" w:styleId="Body">.*?<\/w:style>/s.exec(styles)![0];
    expect(body).toMatch(/w:line="579" w:lineRule="exact"/);
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    const footer = Object.keys(files).find((f) => /footer\d*\.xml$/.test(f))!;
    expect(strFromU8(files[footer])).toMatch(/— .*PAGE.* —/s);
  });

  /** The sample without some of its sheets, rendered: the document's paragraphs and what fa-render said. */
  async function renderWithout(sheets: string[], extra: string[] = []) {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('sample-2024.xlsx'));
    for (const name of sheets) wb.removeWorksheet(wb.getWorksheet(name)!.id);
    const partial = join(tempDir(), 'partial.xlsx');
    await wb.xlsx.writeFile(partial);
    const out = join(tempDir(), 'partial.docx');
    const r = await renderCli([partial, ...extra, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const paras = strFromU8(unzipSync(readFileSync(out))['word/document.xml'])
      .split('</w:p>')
      .map((x) => x.replace(/<[^>]+>/g, ''));
    return { out, r, paras, para: (start: string) => paras.find((x) => x.startsWith(start)) ?? '' };
  }

  it('a workbook that states no year: the year is a gap, never today’s; with last year’s workbook, the year after it', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture('sample-2024.xlsx'));
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && (c.value = c.value.replace(/20\d\d年度?/g, ''))));
    const undated = join(tempDir(), '部门决算公开表.xlsx');
    await wb.xlsx.writeFile(undated);
    const text = async (args: string[]) => {
      const out = join(tempDir(), 'undated.docx');
      const r = await renderCli([undated, ...args, '-o', out, '--force']);
      expect(r.code, r.stderr).toBe(0);
      return strFromU8(unzipSync(readFileSync(out))['word/document.xml']).replace(/<[^>]+>/g, '');
    };
    const alone = await text([]);
    expect(alone).toContain('【待补充：决算年度');
    expect(alone).not.toContain(`${new Date().getFullYear()}年度`);
    expect(await text(['--prior', fixture('sample-2023.xlsx')])).toContain('2024年度本年收入合计');
  });

  it('without 公开07表, the profile’s 三公 budgets give no completion rate (there is no amount to divide)', async () => {
    const profile = join(tempDir(), 'profile.yaml');
    writeFileSync(profile, readFileSync(fixture('profile-2024.yaml'), 'utf8').replace('  # budget: {', '  budget: {'));
    const { paras } = await renderWithout(['公开07表'], ['--profile', profile]);
    const sangong = paras.filter((x) => /因公出国（境）经费支出|公务用车购置及运行维护费支出|公务接待费支出|“三公”经费财政拨款支出决算为/.test(x));
    expect(sangong.length).toBeGreaterThan(0);
    expect(sangong.filter((x) => x.includes('完成预算'))).toEqual([]);
  });

  it('without 公开03–05表: their totals and lists are gaps, not zeros or empty lists', async () => {
    const { para } = await renderWithout(['公开03表', '公开04表', '公开05表']);
    expect(para('2024年度本年支出合计')).toMatch(/其中：【待补充：支出决算表中的数/);
    expect(para('2024年度财政拨款收入、支出总计')).toMatch(/均为【待补充：财政拨款收入支出决算总表中的数/);
    expect(para('2024年度一般公共预算财政拨款支出决算数为')).toMatch(/^2024年度一般公共预算财政拨款支出决算数为【待补充/);
  });

  it('a table the workbook lacks gives 【待补充】 gaps, never zeros; the fund sections then come from 公开04表', async () => {
    const { out, r, paras, para } = await renderWithout(['公开06表', '公开07表', '公开08表', '公开09表']);
    expect(para('人员经费')).toMatch(/^人员经费【待补充：一般公共预算财政拨款基本支出决算表中的数/);
    expect(para('3.公务接待费支出')).toMatch(/^3\.公务接待费支出【待补充：财政拨款“三公”经费支出决算表中的数.*外事接待【待补充：外事接待批次】批次/);
    // nothing of the missing tables is stated as a number
    expect(paras.filter((x) => /人员经费|公用经费|公务接待费支出|因公出国（境）经费支出/.test(x) && /\d+\.\d{2}万元/.test(x))).toEqual([]);
    // 公开04表 shows no government-fund or state-capital spending
    expect(para('2024年度本单位无政府性基金预算')).not.toBe('');
    expect(r.stderr).toContain('工作簿中没有这张表');
    // the pie of the 三公 parts is left out, not drawn from markers
    const charts = Object.keys(unzipSync(readFileSync(out))).filter((f) => /charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBe(6);
  });

  it('zero categories: listed by the Sichuan template, omitted by the Shanghai one', async () => {
    const text = (f: string) => strFromU8(unzipSync(readFileSync(f))['word/document.xml']);
    expect(text(await rendered([...FULL, '--template', 'sichuan']))).toContain('事业收入0.00万元');
    expect(text(await rendered([...FULL, '--template', 'shanghai']))).not.toContain('事业收入0.00万元');
  });
});

describe('fa-render exit codes', () => {
  it('never overwrites without --force', async () => {
    const out = join(tempDir(), 'x.docx');
    writeFileSync(out, 'keep');
    expect((await renderCli([fixture('sample-2024.xlsx'), '-o', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep');
    expect((await renderCli([fixture('sample-2024.xlsx'), '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('an invalid profile names each wrong field', async () => {
    const p = join(tempDir(), 'p.yaml');
    writeFileSync(p, 'duties: 3\nbudgets:\n  "2010301": abc\ncolour: red\noperating: { amount: 1, prior: 2, extra: 1 }\n');
    const r = await renderCli([fixture('sample-2024.xlsx'), '--profile', p, '-o', join(tempDir(), 'o.docx')]);
    expect(r.code).toBe(2);
    for (const field of ['duties', 'budgets.2010301', 'colour', 'operating.extra']) expect(r.stderr).toContain(field);
  });

  it('a workbook with errors: printed, nothing written (exit 1), unless --allow-errors', async () => {
    const bad = await variant('sample-2024.xlsx', { 公开05表: { D10: 386.55 } });
    const out = join(tempDir(), 'o.docx');
    const r = await renderCli([bad, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('公开05表 C10');
    expect(existsSync(out)).toBe(false);
    expect((await renderCli([bad, '-o', out, '--allow-errors'])).code).toBe(0);
  });

  it('usage errors and unreadable inputs exit 2', async () => {
    expect((await renderCli([fixture('sample-2024.xlsx')])).code).toBe(2);
    expect((await renderCli([join(tempDir(), 'none.xlsx'), '-o', join(tempDir(), 'o.docx')])).code).toBe(2);
    expect((await renderCli([fixture('sample-2024.xlsx'), '--template', 'nowhere', '-o', join(tempDir(), 'o.docx')])).code).toBe(2);
  });
});

// LibreOffice is installed by .ci/run; on a machine without it this test is skipped (never in CI)
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
describe.runIf(soffice || process.env.CI)('in a real word processor', () => {
  it('LibreOffice opens it; the PDF holds the key figures and chart titles', async () => {
    const out = await rendered(FULL, '决算说明.docx');
    const dir = tempDir();
    mkdirSync(join(dir, 'pdf'));
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), out], { stdio: 'ignore', timeout: 120000 });
    const pdf = join(dir, 'pdf', '决算说明.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const s of ['817.16万元', '63.10%', '778.36', '收入、支出决算总计变动情况', '“三公”经费财政拨款支出结构', '—1—']) expect(text).toContain(s);
  }, 180000);
});


describe('fa-init', () => {
  it('writes a config, a profile and an editable template set, and never overwrites', async () => {
    const { main: initMain } = await import('../src/cli/init.js');
    const dir = tempDir();
    const io: IO = { stdout: () => {}, stderr: () => {}, stdoutTTY: false, stderrTTY: false, env: {}, cwd: dir };
    writeFileSync(join(dir, 'profile.yaml'), 'department: 我的部门\n');
    expect(await initMain([], io)).toBe(0);
    expect(existsSync(join(dir, 'fa-check.config.json'))).toBe(true);
    expect(existsSync(join(dir, 'templates', 'sichuan', 'document.md'))).toBe(true);
    expect(readFileSync(join(dir, 'profile.yaml'), 'utf8')).toBe('department: 我的部门\n');
    const out = await rendered([fixture('sample-2024.xlsx'), '--template', join(dir, 'templates', 'sichuan')]);
    expect(existsSync(out)).toBe(true);
  });
});
