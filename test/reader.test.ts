// The reader on every layout variant, and its amounts against hand-computed values.
import { describe, expect, it } from 'vitest';
import { Big } from '../src/model/decimal.js';
import type { Table, WorkbookModel } from '../src/model/types.js';
import type ExcelJS from 'exceljs';
import { applyConfig, ConfigError, parseConfig } from '../src/config/config.js';
import { TABLES } from '../src/data/tables.js';
import { checkWorkbook } from '../src/pipeline/check.js';
import { readWorkbook } from '../src/read/workbook.js';
import { fixture, variant } from './helpers.js';

async function model(path: string): Promise<{ m: WorkbookModel; findings: Awaited<ReturnType<typeof readWorkbook>>['findings'] }> {
  const res = await readWorkbook(path);
  expect(res.unreadable).toBeUndefined();
  return { m: res.model!, findings: res.findings };
}

const table = (m: WorkbookModel, key: string): Table => m.tables.find((t) => t.key === key)!;
const yuan = (t: Table, rowKey: string | { code: string }, role: string) => {
  const row = t.rows.find((r) => (typeof rowKey === 'string' ? r.key === rowKey : r.code === rowKey.code))!;
  return row.amounts[role]!;
};
const CORE = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'];

describe('fixture layouts', () => {
  for (const name of ['sample-2024.xlsx', 'shanghai-style-2024.xlsx', 'yuan-2024.xlsx', 'libreoffice-2024.xlsx', 'sample-2023.xlsx']) {
    it(`${name}: nine core tables, department and year`, async () => {
      const { m, findings } = await model(fixture(name));
      expect(m.tables.map((t) => t.key).sort()).toEqual(CORE);
      expect(m.department).toBe('攀枝花市人民政府驻成都办事处');
      expect(m.year).toBe(name.includes('2023') ? 2023 : 2024);
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }
});

describe('amounts are exact, in 元, with their cell and precision', () => {
  it('万元 numbers with printed ids, 行次/栏次 and single-column codes', async () => {
    const { m } = await model(fixture('sample-2024.xlsx'));
    const t05 = table(m, 'T05');
    expect(t05.printedId).toBe('公开05表');
    expect(t05.unit).toBe('万元');
    const total = yuan(t05, 'total', 'total');
    expect(total.value.eq(8171600)).toBe(true); // 817.16 万元
    expect(total.half.eq(50)).toBe(true); // ±0.005 万元
    expect(total.source).toMatchObject({ sheet: '公开05表', cell: 'C7' });
    expect(t05.rows[0].key).toBe('total'); // 合计 at the top
    const item = yuan(t05, { code: '2010301' }, 'basic');
    expect(item.value.eq(3965500)).toBe(true);
    expect(item.shown).toBe('396.55');
    // T01 with 行次 column: the 行次 numbers are not amounts
    const t01 = table(m, 'T01');
    expect(t01.columns.find((c) => c.role === 'line')).toBeDefined();
    expect(yuan(t01, 'inc.total', 'amount').value.eq(8171600)).toBe(true);
    expect(t01.rows.filter((r) => r.key === 'exp.class').map((r) => r.code)).toEqual(['201', '208', '210', '221']);
  });

  it('元 amounts are exact (half-width 0) and keep every 元', async () => {
    const { m } = await model(fixture('yuan-2024.xlsx'));
    const t05 = table(m, 'T05');
    expect(t05.unit).toBe('元');
    // 817.16 万元 less the offsets of test/tools/fixtures/data.ts: −10−20−15−10−5×11+5×12+5 = −45
    expect(yuan(t05, 'total', 'total').value.eq(8171555)).toBe(true);
    expect(yuan(t05, 'total', 'total').half.eq(0)).toBe(true);
    expect(yuan(t05, 'total', 'total').shown).toBe('8,171,555');
    // zero printed as a blank cell
    const blank = yuan(t05, { code: '2010301' }, 'project');
    expect(blank.value.eq(0)).toBe(true);
    expect(blank.shown).toBe('');
  });

  it('split 类|款|项 codes, 合计 at the bottom of T05, text numbers, "-" for zero, spacer row and column', async () => {
    const { m } = await model(fixture('shanghai-style-2024.xlsx'));
    const t05 = table(m, 'T05');
    expect(t05.printedId).toBeUndefined();
    expect(t05.columns.map((c) => c.role)).toEqual(expect.arrayContaining(['code.lei', 'code.kuan', 'code.xiang']));
    expect(t05.rows.map((r) => r.code ?? r.key)).toContain('2010301');
    expect(t05.rows[t05.rows.length - 1].key).toBe('total');
    expect(yuan(t05, 'total', 'total').value.eq(8171600)).toBe(true);
    const dash = yuan(t05, { code: '2010301' }, 'project');
    expect(dash.shown).toBe('-');
    expect(dash.value.eq(0)).toBe(true);
    expect(yuan(t05, 'total', 'total').source.cell).toBe('F31'); // column A is a spacer
  });

  it('full-width digits in text cells', async () => {
    const { m } = await model(fixture('shanghai-style-2024.xlsx'));
    const reception = yuan(table(m, 'T07'), 'data', 'actual.reception');
    expect(reception.shown).toBe('１７.６１');
    expect(reception.value.eq(176100)).toBe(true);
  });

  it('T07 in either grouping gives the same twelve figures', async () => {
    const a = table((await model(fixture('sample-2024.xlsx'))).m, 'T07');
    const b = table((await model(fixture('shanghai-style-2024.xlsx'))).m, 'T07');
    const roles = ['total', 'abroad', 'car', 'carBuy', 'carRun', 'reception'].flatMap((i) => [`budget.${i}`, `actual.${i}`]);
    for (const role of roles) expect(yuan(a, 'data', role).value.eq(yuan(b, 'data', role).value), role).toBe(true);
    expect(yuan(a, 'data', 'actual.total').value.eq(261200)).toBe(true);
    expect(yuan(a, 'data', 'budget.carRun').source.cell).toBe('E8');
    expect(yuan(b, 'data', 'budget.carRun').source.cell).toBe('J7'); // spacer column A and a blank row under the header
  });

  it('T06 side-by-side groups (three or two) and the totals line', async () => {
    for (const name of ['sample-2024.xlsx', 'shanghai-style-2024.xlsx']) {
      const t06 = table((await model(fixture(name))).m, 'T06');
      expect(yuan(t06, 'personnel.total', 'amount').value.eq(6565100)).toBe(true);
      expect(yuan(t06, 'public.total', 'amount').value.eq(1218500)).toBe(true);
      expect(yuan(t06, { code: '30217' }, 'amount').value.eq(176100)).toBe(true);
      expect(t06.rows.filter((r) => r.code?.length === 3).map((r) => r.code).sort()).toEqual(['301', '302', '303']);
    }
  });

  it('empty fund tables with a 本表无数据 note', async () => {
    for (const name of ['sample-2024.xlsx', 'shanghai-style-2024.xlsx']) {
      const { m } = await model(fixture(name));
      expect(table(m, 'T08').empty).toBe(true);
      expect(table(m, 'T09').empty).toBe(true);
    }
  });

  it('the LibreOffice-rewritten copy reads the same as its source', async () => {
    const a = (await model(fixture('shanghai-style-2024.xlsx'))).m;
    const b = (await model(fixture('libreoffice-2024.xlsx'))).m;
    for (const t of a.tables) {
      const u = b.tables.find((x) => x.key === t.key)!;
      const flat = (x: Table) => x.rows.flatMap((r) => Object.entries(r.amounts).map(([k, v]) => `${r.code ?? r.key}:${k}:${v?.source.cell}:${v?.value.toFixed()}`));
      expect(flat(u)).toEqual(flat(t));
    }
  });
});

describe('cells and sheets', () => {
  it('a formula uses its cached value', async () => {
    const file = await variant('sample-2024.xlsx', { 公开05表: { C10: { formula: 'D10+E10', result: 396.55 } } });
    const { m, findings } = await model(file);
    expect(yuan(table(m, 'T05'), { code: '2010301' }, 'total').value.eq(3965500)).toBe(true);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a formula without a cached value is an error at its cell, not a zero', async () => {
    const file = await variant('sample-2024.xlsx', { 公开05表: { C10: { formula: 'D10+E10' } } });
    const { m, findings } = await model(file);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'read-formula-no-cache', severity: 'error', location: expect.objectContaining({ sheet: '公开05表', cell: 'C10' }) }));
    expect(table(m, 'T05').rows.find((r) => r.code === '2010301')!.amounts.total).toBeUndefined();
  });

  it('zero as 0 with a "0" format', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => {
      const c = wb.getWorksheet('公开05表')!.getCell('E10');
      c.value = 0;
      c.numFmt = '0';
    });
    const a = yuan(table((await model(file)).m, 'T05'), { code: '2010301' }, 'project');
    expect(a.shown).toBe('0');
    expect(a.value.eq(0)).toBe(true);
  });

  it('text amounts with thousands separators', async () => {
    const file = await variant('yuan-2024.xlsx', { 一般公共预算财政拨款支出决算表: { C5: '8,171,555' } });
    expect(yuan(table((await model(file)).m, 'T05'), 'total', 'total').value.eq(8171555)).toBe(true);
  });

  it('sheets in any order, under any name, and a table without its title found by its header', async () => {
    const file = await variant('sample-2024.xlsx', { 公开03表: { A1: null, H2: null } }, (wb) => {
      wb.worksheets.forEach((ws, i) => (ws.name = `Sheet${9 - i}`));
    });
    const { m } = await model(file);
    expect(m.tables.map((t) => t.key).sort()).toEqual(CORE);
    expect(table(m, 'T03').sheet).toBe('Sheet7');
  });

  it('hidden and unrelated sheets are notices', async () => {
    const res = await readWorkbook(fixture('shanghai-style-2024.xlsx'));
    expect(res.model!.hidden).toEqual(['旧版数据']);
    expect(res.model!.unrecognised).toEqual(['填表说明']);
    expect(res.findings.filter((f) => f.rule.startsWith('read-sheet')).every((f) => f.severity === 'info')).toBe(true);
  });

  it('a sheet without a unit line takes the workbook’s unit, with a note', async () => {
    const file = await variant('sample-2024.xlsx', { 公开05表: { E3: null } });
    const { m, findings } = await model(file);
    expect(table(m, 'T05').unit).toBe('万元');
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'read-unit-missing', severity: 'info' }));
  });

  it('a missing core table is a warning naming it', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => wb.removeWorksheet(wb.getWorksheet('公开06表')!.id));
    const { findings } = await model(file);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'read-table-missing', severity: 'warning', location: expect.objectContaining({ table: 'T06' }) }));
  });

  it('department and year from the file name when the sheets do not say', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => {
      for (const ws of wb.worksheets) {
        ws.getCell('A1').value = String(ws.getCell('A1').value ?? '').replace(/\d{4}年度/, '');
        ws.getCell('A3').value = null;
      }
    });
    const { renameSync } = await import('node:fs');
    const named = file.replace(/sample-2024\.xlsx$/, '某某局2025年部门决算公开表.xlsx');
    renameSync(file, named);
    const { m } = await model(named);
    expect(m.year).toBe(2025);
    expect(m.department).toBe('某某局');
  });
});

describe('what is read, and what is not', () => {
  const copySheet = (wb: ExcelJS.Workbook, from: string, to: string) => {
    const copy = wb.addWorksheet(to);
    const src = wb.getWorksheet(from)!;
    src.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    for (const m of (src.model as { merges?: string[] }).merges ?? []) copy.mergeCells(m);
    return copy;
  };

  it('header labels of the config file are read; the standard vocabulary is not changed', async () => {
    const file = await variant('sample-2024.xlsx', { 公开01表: { C5: '执行数', F5: '执行数' } });
    const without = await readWorkbook(file);
    expect(without.model!.tables.some((t) => t.key === 'T01')).toBe(false);
    expect(without.findings).toContainEqual(expect.objectContaining({ rule: 'read-header-unrecognised', location: expect.objectContaining({ sheet: '公开01表' }) }));
    const cfg = parseConfig({ headers: { T01: { 'inc.amount': ['执行数'], 'exp.amount': ['执行数'] } } }, 'fa-check.config.json');
    const defs = applyConfig(cfg);
    const t01 = (await readWorkbook(file, { defs })).model!.tables.find((t) => t.key === 'T01')!;
    expect(yuan(t01, 'inc.total', 'amount').value.eq(8171600)).toBe(true);
    expect(TABLES.flatMap((d) => d.columns).some((c) => c.words)).toBe(false);
    expect(() => parseConfig({ headers: { T01: { amount: ['执行数'] } } }, 'x.json')).toThrow(ConfigError);
  });

  it('two different sheets read as one table are both kept and both checked; an identical copy is noted once', async () => {
    const twice = await variant('sample-2024.xlsx', {}, (wb) => {
      const copy = copySheet(wb, '公开05表', '公开05表（本级）');
      copy.getCell('D10').value = 386.55; // 行政运行 基本支出 in the copy only
    });
    const res = await readWorkbook(twice);
    expect(res.model!.tables.filter((t) => t.key === 'T05').map((t) => t.sheet)).toEqual(['公开05表', '公开05表（本级）']);
    expect(res.findings).toContainEqual(expect.objectContaining({ rule: 'read-table-twice', severity: 'warning', location: expect.objectContaining({ sheet: '公开05表（本级）' }) }));
    const checked = await checkWorkbook(twice, TABLES, undefined, undefined);
    expect(checked.findings).toContainEqual(expect.objectContaining({ rule: 't05-row-sum', severity: 'error', location: expect.objectContaining({ sheet: '公开05表（本级）', cell: 'C10' }) }));
    expect(checked.findings.filter((f) => f.severity === 'error' && f.location.sheet === '公开05表')).toEqual([]);

    const same = await variant('sample-2024.xlsx', {}, (wb) => copySheet(wb, '公开05表', '公开05表 (2)'));
    const r2 = await readWorkbook(same);
    expect(r2.model!.tables.filter((t) => t.key === 'T05')).toHaveLength(1);
    expect(r2.model!.sheets!.find((s) => s.sheet === '公开05表 (2)')).toMatchObject({ skipped: 'same', other: '公开05表' });
  });

  it('a sheet without a title in it is read by its name when that is a title', async () => {
    const file = await variant('sample-2024.xlsx', { 公开03表: { A1: null } }, (wb) => (wb.getWorksheet('公开03表')!.name = '3.支出决算表'));
    const res = await readWorkbook(file);
    expect(res.model!.sheets!.find((s) => s.sheet === '3.支出决算表')).toMatchObject({ table: 'T03', by: 'sheet' });
    expect(res.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a title outranks a header that merely looks alike', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => {
      const copy = copySheet(wb, '公开05表', '底稿');
      copy.getCell('A1').value = null;
      copy.getCell('C10').value = 1;
    });
    const res = await readWorkbook(file);
    expect(res.model!.tables.filter((t) => t.key === 'T05').map((t) => t.sheet)).toEqual(['公开05表']);
    expect(res.model!.sheets!.find((s) => s.sheet === '底稿')).toMatchObject({ skipped: 'unknown', other: '公开05表' });
  });

  it('notes, instructions, unit lines and repeated headers are never amounts; text in a data row is', async () => {
    const file = await variant('sample-2024.xlsx', {
      公开07表: { A9: '注：本表反映部门本年度“三公”经费支出预决算情况。', A10: '说明：1.本表金额保留两位小数。' },
      公开05表: { A31: '单位：万元', B33: '填表说明：编码按2024年科目', C33: '（略）', A34: '功能分类科目编码', B34: '科目名称', C34: '合计', D34: '基本支出' },
      公开03表: { D10: '无' },
    });
    const res = await readWorkbook(file);
    const errors = res.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.location.sheet}!${f.location.cell}`)).toEqual(['read-cell-not-number 公开03表!D10']);
    expect(table(res.model!, 'T07').rows).toHaveLength(1);
  });

  it('the department name when 部门： and the name are two cells', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => {
      for (const ws of wb.worksheets) {
        if (!ws.getCell('A3').text.startsWith('部门')) continue;
        ws.getCell('A3').value = '部门：';
        ws.getCell('B3').value = '某某区教育局';
      }
    });
    expect((await readWorkbook(file)).model!.department).toBe('某某区教育局');
  });

  it('T07 printed one row per item under 预算数 | 决算数', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => {
      const old = wb.getWorksheet('公开07表')!;
      wb.removeWorksheet(old.id);
      const ws = wb.addWorksheet('三公');
      const rows: (string | number | null)[][] = [
        ['2024年度财政拨款“三公”经费支出决算表'],
        ['部门：攀枝花市人民政府驻成都办事处', null, '单位：万元'],
        ['项目', '预算数', '决算数'],
        ['合计', 26.12, 26.12],
        ['一、因公出国（境）费', 0, 0],
        ['二、公务用车购置及运行维护费', 8.51, 8.51],
        ['其中：公务用车购置费', 0, 0],
        ['公务用车运行维护费', 8.51, 8.51],
        ['三、公务接待费', 17.61, 17.61],
        ['注：本表反映部门本年度“三公”经费支出预决算情况。'],
      ];
      rows.forEach((cells, i) => cells.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    });
    const checked = await checkWorkbook(file, TABLES, undefined, undefined);
    expect(checked.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const t07 = checked.model!.tables.find((t) => t.key === 'T07')!;
    expect(yuan(t07, 'data', 'actual.reception').source.cell).toBe('C9');
    expect(yuan(t07, 'data', 'budget.carRun').value.eq(85100)).toBe(true);
    const faulty = await variant(file, { 三公: { C9: 18.61 } });
    const errors = (await checkWorkbook(faulty, TABLES, undefined, undefined)).findings.filter((f) => f.severity === 'error');
    expect(errors.some((f) => f.rule === 't07-sum' && f.related?.some((r) => r.cell === 'C9'))).toBe(true);
  });

  it('T04 with a fund over its own 小计 | 基本支出 | 项目支出', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => {
      wb.removeWorksheet(wb.getWorksheet('公开04表')!.id);
      const ws = wb.addWorksheet('财政拨款收支总表');
      const line = (label: string, v: number, exp: string | null, e: number[] | null): (string | number | null)[] => [label, v, exp, ...(e ?? [])];
      const rows: (string | number | null)[][] = [
        ['2024年度财政拨款收入支出决算总表'],
        ['部门：攀枝花市人民政府驻成都办事处', null, null, null, null, null, null, '单位：万元'],
        ['收入', null, '支出'],
        ['项目', '金额', '项目', '合计', '一般公共预算财政拨款', null, null, '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
        [null, null, null, null, '小计', '基本支出', '项目支出'],
        line('一、一般公共预算财政拨款', 817.16, '一、一般公共服务支出', [515.61, 515.61, 476.82, 38.8, 0, 0]),
        line('二、政府性基金预算财政拨款', 0, '二、社会保障和就业支出', [212.53, 212.53, 212.53, 0, 0, 0]),
        line('三、国有资本经营预算财政拨款', 0, '三、卫生健康支出', [45.93, 45.93, 45.93, 0, 0, 0]),
        [null, null, '四、住房保障支出', 43.08, 43.08, 43.08, 0, 0, 0],
        line('本年收入合计', 817.16, '本年支出合计', [817.16, 817.16, 778.36, 38.8, 0, 0]),
        line('年初财政拨款结转和结余', 0, '年末财政拨款结转和结余', [0, 0, 0, 0, 0, 0]),
        ['一般公共预算财政拨款', 0],
        ['政府性基金预算财政拨款', 0],
        ['国有资本经营预算财政拨款', 0],
        line('总计', 817.16, '总计', [817.16, 817.16, 778.36, 38.8, 0, 0]),
      ];
      rows.forEach((cells, i) => cells.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    });
    const checked = await checkWorkbook(file, TABLES, undefined, undefined);
    expect(checked.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const t04 = checked.model!.tables.find((t) => t.key === 'T04')!;
    expect(t04.columns.find((c) => c.role === 'exp.gpb')?.col).toBe(5);
    expect(checked.report.coverage?.skipped).toEqual([]);
  });

  it('a unit in a header label, 单位： and 万元 in two cells, 其中 rows of a 总表', async () => {
    const file = await variant('sample-2024.xlsx', {
      公开05表: { E3: null, C4: '合计（万元）' },
      公开01表: { F3: '单位：', G3: '万元', A12: '其中：教育收费', C12: 3, B12: null },
    });
    const res = await readWorkbook(file);
    expect(res.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(table(res.model!, 'T05').unitSource).toBe('header');
    expect(table(res.model!, 'T01').unitSource).toBe('公开01表!G3');
    expect(table(res.model!, 'T01').rows.find((r) => r.name === '其中：教育收费')?.key).toBe('inc.sub');
    const checked = await checkWorkbook(file, TABLES, undefined, undefined);
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a sheet titled as a budget table is not read as a 决算 table, in a 决算 workbook', async () => {
    const file = await variant('sample-2024.xlsx', {}, (wb) => {
      const copy = copySheet(wb, '公开06表', '附表');
      copy.getCell('A1').value = '2025年一般公共预算基本支出预算表';
    });
    const res = await readWorkbook(file);
    expect(res.model!.kind).toBe('final');
    expect(res.model!.sheets!.find((s) => s.sheet === '附表')).toMatchObject({ skipped: 'budget' });
    expect(res.model!.tables.filter((t) => t.key === 'T06')).toHaveLength(1);
  });
});

describe('exact decimals', () => {
  it('0.1 + 0.2 stays 0.3', () => {
    expect(new Big('0.1').plus('0.2').eq('0.3')).toBe(true);
  });
});
