// fa-render: commander wiring only.
import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readWorkbook } from '../read/workbook.js';
import { ProfileError, loadProfile, type Profile } from '../render/profile.js';
import { TemplateError, render } from '../render/render.js';
import { runRules } from '../rules/engine.js';
import { formatMessage } from '../report/format-message.js';
import { atomicWrite, ExistsError, guardInterrupts } from '../util/atomic-write.js';
import type { IO } from './io.js';

interface Opts {
  prior?: string;
  profile?: string;
  template: string;
  output?: string;
  force?: boolean;
  allowErrors?: boolean;
}

const HELP_AFTER = `
退出码 / exit codes:
  0  已写出文档（可有警告，如【待补充】内容）
  1  工作簿有错误级别的问题（会列出；加 --allow-errors 仍然写出）
  2  用法错误、输入无法读取、部门资料有误，或输出文件已存在而未加 --force
`;

export async function main(argv: string[], io: IO): Promise<number> {
  const program = new Command('fa-render')
    .description('从部门决算公开表生成《部门决算说明》Word 文档，每个数字都由表计算得出。\nRender the narrative .docx from the workbook; every figure computed.')
    .argument('<workbook>', '本年度部门决算公开表 .xlsx')
    .option('--prior <file>', '上年度工作簿（增减额、增减率和变动图）')
    .option('--profile <file>', '部门资料 YAML（职责、机构、变动原因、预算数、“三公”情况……），见 fixtures/profile-2024.yaml')
    .addOption(new Option('--template <name>', '模板：sichuan、shanghai，或一个含 document.md 的目录').default('sichuan'))
    .option('-o, --output <file>', '输出 .docx')
    .option('--force', '覆盖已存在的输出文件')
    .option('--allow-errors', '工作簿有错误时仍然写出')
    .version('0.1.0', '-V, --version')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} });
  let workbook: string;
  let opts: Opts;
  try {
    program.parse(argv, { from: 'user' });
    workbook = program.processedArgs[0] as string;
    opts = program.opts<Opts>();
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      io.stderr(`fa-render：用法错误：${e.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    throw e;
  }
  if (!opts.output) {
    io.stderr('fa-render：用法错误：缺少 -o OUT.docx\n');
    return 2;
  }
  const out = resolve(io.cwd, opts.output);
  guardInterrupts();
  if (existsSync(out) && !opts.force) {
    io.stderr(`fa-render：${opts.output} 已存在；要覆盖请加 --force\n`);
    return 2;
  }
  let profile: Profile = {};
  if (opts.profile) {
    try {
      profile = await loadProfile(resolve(io.cwd, opts.profile));
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      io.stderr(`fa-render：部门资料 ${opts.profile} 有误：\n${e.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 2;
    }
  }
  const read = await readWorkbook(resolve(io.cwd, workbook));
  if (!read.model) {
    for (const f of read.findings) io.stderr(`fa-render：${formatMessage(f, 'zh')}\n`);
    return 2;
  }
  let prior;
  if (opts.prior) {
    const p = await readWorkbook(resolve(io.cwd, opts.prior));
    if (!p.model) {
      for (const f of p.findings) io.stderr(`fa-render：${formatMessage(f, 'zh')}\n`);
      return 2;
    }
    prior = p.model;
  }
  const errors = [...read.findings, ...runRules(read.model, prior).findings].filter((f) => f.severity === 'error');
  if (errors.length) {
    io.stderr(`fa-render：工作簿有 ${errors.length} 个错误：\n${errors.map((f) => `  ${formatMessage(f, 'zh')}`).join('\n')}\n`);
    if (!opts.allowErrors) {
      io.stderr('未写出文档（改正后重试，或加 --allow-errors）\n');
      return 1;
    }
  }
  let rendered;
  try {
    rendered = await render(read.model, prior, profile, opts.template);
  } catch (e) {
    if (e instanceof TemplateError) {
      io.stderr(`fa-render：${e.message}\n`);
      return 2;
    }
    throw e;
  }
  try {
    atomicWrite(out, rendered.buffer, !!opts.force);
  } catch (e) {
    if (e instanceof ExistsError) {
      io.stderr(`fa-render：${opts.output} 已存在；要覆盖请加 --force\n`);
      return 2;
    }
    io.stderr(`fa-render：无法写入 ${opts.output}：${(e as Error).message}\n`);
    return 2;
  }
  for (const w of rendered.warnings) io.stderr(`警告：待补充 ${w}\n`);
  io.stderr(`已写出 ${opts.output}${rendered.warnings.length ? `（${rendered.warnings.length} 处待补充）` : ''}\n`);
  return 0;
}
