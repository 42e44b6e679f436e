// One real finding per rule for the rule reference: each comes from running the check on an input
// built to break that rule (test/cases.ts and the inputs below), never typed by hand.
import type ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Finding, WorkbookModel } from '../../src/model/types.js';
import { check } from '../../src/pipeline/check.js';
import { readWorkbook } from '../../src/read/workbook.js';
import { render } from '../../src/render/render.js';
import { CATALOGUE } from '../../src/rules/index.js';
import { CASES, SEED_CHARTS } from '../cases.js';
import { fixture, tempDir, variant } from '../helpers.js';
import { docxFromText } from '../support-docx.js';

type Input = { paths: string[]; prior?: string; narrative?: string; env?: Record<string, string> };

const sheets = (wb: ExcelJS.Workbook) => wb.worksheets;
const renamed = (file: string, name: string) => {
  const to = join(dirname(file), name);
  renameSync(file, to);
  return to;
};
const narrativeFile = (text: string, name: string) => {
  const p = join(tempDir(), name);
  writeFileSync(p, text);
  return p;
};
export const hasSoffice = () => {
  try {
    execFileSync('which', ['soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** 公开05表 as a narrative attaches it (a pipe table under its title), with one item's basic spending changed. */
function attachedT05(model: WorkbookModel, code: string, basic: string): string {
  const t05 = model.tables.find((t) => t.key === 'T05')!;
  const rows = t05.rows.map((r) => {
    const a = r.amounts;
    return `| ${r.code ?? ''} | ${r.code ? r.name : '合计'} | ${a.total!.shown} | ${r.code === code ? basic : a.basic!.shown} | ${a.project!.shown} |`;
  });
  return ['第五部分 附表', `${model.year}年度一般公共预算财政拨款支出决算表`, '单位：万元', '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |', ...rows].join('\n') + '\n';
}

/** fa-init's form, as it writes it. */
async function blankWorkbook(): Promise<string> {
  const { writeWorkbook, blankFigures, LAYOUT_BLANK } = await import('../../src/render/workbook.js');
  const file = join(tempDir(), '2024年度部门决算公开表.xlsx');
  await (await writeWorkbook(blankFigures(2024), LAYOUT_BLANK)).xlsx.writeFile(file);
  return file;
}

/** Inputs for the rules test/cases.ts does not break: reader notices and the narrative rules. */
async function otherInputs(): Promise<Record<string, Input>> {
  const seed = fixture('narratives/seed-2024.txt');
  const corrected = readFileSync(fixture('narratives/seed-2024-corrected.txt'), 'utf8');
  const wrongChart = SEED_CHARTS.map((c) => (c.after === '图6：' ? { ...c, chart: { ...c.chart, series: [{ name: '支出', values: [525.4, 212.53, 45.93, 43.08] }] } as typeof c.chart } : c));
  const model = (await readWorkbook(fixture('sample-2024.xlsx'))).model!;
  const gaps = join(tempDir(), '决算说明.docx');
  writeFileSync(gaps, (await render(model, undefined, {}, 'sichuan')).buffer);
  const inputs: Record<string, Input> = {
    'input-unreadable': { paths: [join(tempDir(), '2024年度决算公开表.xlsx')] },
    'read-header-unrecognised': { paths: [await variant('sample-2024.xlsx', { 公开05表: { B5: '说明' } })] },
    'read-sheet-unrecognised': { paths: [fixture('shanghai-style-2024.xlsx')] },
    'read-sheet-hidden': { paths: [fixture('shanghai-style-2024.xlsx')] },
    'read-table-missing': { paths: [await variant('sample-2024.xlsx', {}, (wb) => wb.removeWorksheet(wb.getWorksheet('公开09表')!.id))] },
    'read-table-duplicate': {
      paths: [
        await variant('sample-2024.xlsx', {}, (wb) => {
          const copy = wb.addWorksheet('公开09表 (2)');
          wb.getWorksheet('公开09表')!.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
        }),
      ],
    },
    'read-table-twice': {
      paths: [
        await variant('sample-2024.xlsx', {}, (wb) => {
          const copy = wb.addWorksheet('公开05表 (本级)');
          wb.getWorksheet('公开05表')!.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
          copy.getCell('E10').value = 1;
          copy.getCell('C10').value = 397.55;
        }),
      ],
    },
    'read-workbook-blank': { paths: [await blankWorkbook()] },
    'read-unit-missing': { paths: [await variant('sample-2024.xlsx', { 公开05表: { E3: null } })] },
    'read-department-missing': {
      paths: [await variant('sample-2024.xlsx', {}, (wb) => sheets(wb).forEach((ws) => ws.getCell('A3').text.startsWith('部门') && (ws.getCell('A3').value = null)))],
    },
    'read-year-missing': {
      paths: [renamed(await variant('sample-2024.xlsx', {}, (wb) => sheets(wb).forEach((ws) => (ws.getCell('A1').value = ws.getCell('A1').text.replace(/^\d{4}年度/, '')))), '决算公开表.xlsx')],
    },
    'read-code-invalid': { paths: [await variant('sample-2024.xlsx', { 公开05表: { A10: '201030' } })] },
    'n-workbook': { paths: [fixture('sample-2024.xlsx')], narrative: narrativeFile(corrected.replace('人员经费656.51万元', '人员经费658.51万元'), '决算说明.txt') },
    'n-chart': { paths: [await docxFromText(corrected, wrongChart, '决算说明.docx')] },
    'n-placeholder': { paths: [gaps] },
    'n-attached-table': { paths: [fixture('sample-2024.xlsx')], narrative: narrativeFile(attachedT05(model, '2010301', '386.55'), '决算说明.txt') },
    // an item's budget and actual, and the words that contradict them (figures of our own)
    'n-direction': {
      paths: [narrativeFile('五、一般公共预算财政拨款支出决算情况说明\n1、教育支出（类）普通教育（款）小学教育（项）。年初预算为50.00万元，支出决算为45.00万元。决算数大于预算数的主要原因：学生人数增加。\n', '决算说明.txt')],
    },
  };
  if (hasSoffice()) inputs['read-converted'] = { paths: [fixture('bad/legacy-2024.xls')] };
  // the limit lowered to two, so that the sample with one wrong figure has more
  inputs['read-findings-truncated'] = { paths: [fixture('sample-2024-typo.xlsx')], env: { FA_MAX_FINDINGS: '2' } };
  for (const r of CATALOGUE) if (r.meta.kind === 'narrative' && !inputs[r.meta.id]) inputs[r.meta.id] = { paths: [seed] };
  return inputs;
}

/** The finding to show: of the rule, at its own severity when it has one there, the first in report order. */
function pick(findings: Finding[], rule: string, at?: [string, string]): Finding | undefined {
  const mine = findings.filter((f) => f.rule === rule && (!at || (f.location.sheet === at[0] && f.location.cell === at[1])));
  const severity = CATALOGUE.find((r) => r.meta.id === rule)?.meta.severity;
  return mine.find((f) => f.severity === severity) ?? mine[0];
}

/**
 * Paths in an example are file names: the temporary folders they ran in mean nothing to a reader.
 * The relation's operands and the group are for the culprit analysis, not for the reference.
 */
function portable(f: Finding): Finding {
  const args = { ...f.args };
  if (typeof args.file === 'string') args.file = basename(args.file);
  const { relation: _relation, group: _group, ...rest } = f;
  return { ...rest, args, location: { ...f.location, file: basename(f.location.file) } };
}

export async function buildExamples(): Promise<Record<string, Finding>> {
  const out: Record<string, Finding> = {};
  for (const c of CASES) {
    if (out[c.rule]) continue;
    const file = await variant('sample-2024.xlsx', c.edits);
    const prior = c.prior ? await variant('sample-2023.xlsx', c.prior) : undefined;
    const found = pick((await check({ paths: [file], prior })).findings, c.rule, c.at);
    if (found) out[c.rule] = portable(found);
  }
  for (const [rule, { env = {}, ...input }] of Object.entries(await otherInputs())) {
    Object.assign(process.env, env);
    try {
      const found = pick((await check(input)).findings, rule);
      if (found) out[rule] = portable(found);
    } finally {
      for (const k of Object.keys(env)) delete process.env[k];
    }
  }
  // catalogue order, so that the generated file reads like the reference
  return Object.fromEntries(CATALOGUE.filter((r) => out[r.meta.id]).map((r) => [r.meta.id, out[r.meta.id]]));
}

export function examplesModule(examples: Record<string, Finding>): string {
  return `// Generated by \`npm run docs:rules\` (test/tools/rule-examples.ts): one real finding per rule, from an input\n// built to break it. Do not edit; a test checks it is up to date.\nimport type { Finding } from '../model/types.js';\n\nexport const EXAMPLES: Record<string, Finding> = ${JSON.stringify(examples, null, 2)};\n`;
}
