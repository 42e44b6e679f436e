// fa-check: commander wiring only. Everything it does lives in pipeline/ and report/.
import { Command, CommanderError, Option } from 'commander';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { check, exitCode } from '../pipeline/check.js';
import { expandInputs } from '../pipeline/inputs.js';
import type { Lang } from '../report/format-message.js';
import { jsonReport } from '../report/json.js';
import { junitReport } from '../report/junit.js';
import { listRules } from '../report/list-rules.js';
import { sarifReport } from '../report/sarif.js';
import { textReport } from '../report/text.js';
import type { Reporter } from '../report/types.js';
import { atomicWrite, ExistsError } from '../util/atomic-write.js';
import { progress, useColor, type IO } from './io.js';

const REPORTERS: Record<string, Reporter> = { text: textReport, json: jsonReport, sarif: sarifReport, junit: junitReport };

const HELP_AFTER = `
退出码 / exit codes:
  0  没有错误级别的问题（提示 info 不影响退出码）
  1  有错误（使用 --fail-on warning 时，警告也算）
  2  用法错误，或有输入文件无法读取（其余文件仍照常检查并报告）

示例:
  fa-check 决算公开表.xlsx
  fa-check 2024.xlsx --prior 2023.xlsx --format json --output report.json
  fa-check 各部门/ --format junit --output junit.xml
`;

interface Opts {
  narrative?: string;
  prior?: string;
  format: string;
  output?: string;
  force?: boolean;
  failOn: 'error' | 'warning';
  config?: string;
  listRules?: boolean;
  lang: Lang;
  color: boolean;
  debug?: boolean;
}

function usage(io: IO, message: string): 2 {
  io.stderr(`fa-check：用法错误：${message}\n（运行 fa-check --help 查看用法）\n`);
  return 2;
}

export async function main(argv: string[], io: IO): Promise<number> {
  const program = new Command('fa-check')
    .description('核对部门决算公开表（及决算说明）中的数字关系，报告每一处不一致。\nCheck a departmental final-accounts workbook: every relation, every discrepancy, with the cell it is in.')
    .argument('[files...]', '.xlsx 工作簿或目录（递归查找 .xlsx）；.docx/.txt/.md 决算说明')
    .option('--narrative <file>', '与工作簿一起核对的决算说明（.docx/.txt/.md），只能配一个工作簿')
    .option('--prior <file>', '上年度的公开表工作簿，只能配一个工作簿')
    .addOption(new Option('--format <format>', '报告格式').choices(['text', 'json', 'sarif', 'junit']).default('text'))
    .option('-o, --output <file>', '把报告写入文件（已存在时需 --force）')
    .option('--force', '覆盖已存在的报告文件')
    .addOption(new Option('--fail-on <level>', '哪一级问题使退出码为 1').choices(['error', 'warning']).default('error'))
    .option('--config <file>', `配置文件（默认读取当前目录的 fa-check.config.json）`)
    .option('--list-rules', '列出全部规则')
    .addOption(new Option('--lang <lang>', '报告语言').choices(['zh', 'en']).default('zh'))
    .option('--no-color', '不使用颜色')
    .option('--debug', '内部错误时显示堆栈')
    .version('0.1.0', '-V, --version')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} });

  let files: string[];
  let opts: Opts;
  try {
    program.parse(argv, { from: 'user' });
    files = program.processedArgs[0] as string[];
    opts = program.opts<Opts>();
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return usage(io, e.message.replace(/^error: /, ''));
    }
    throw e;
  }
  const color = useColor(io, opts.color) && !opts.output;
  if (opts.listRules) {
    io.stdout(listRules(opts.lang, opts.format === 'json' ? 'json' : 'text', color));
    return 0;
  }
  if (!files.length) return usage(io, '没有给出要检查的文件');
  const workbooks = expandInputs(files.map((f) => resolveInput(f, io))).filter((i) => i.kind === 'workbook');
  if ((opts.prior || opts.narrative) && workbooks.length !== 1) return usage(io, '--prior 和 --narrative 只能与一个工作簿一起使用');

  let config;
  try {
    config = loadConfig(opts.config, io.cwd);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`fa-check：配置文件 ${e.file} 有误：\n${e.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 2;
    }
    throw e;
  }

  const result = await check({
    paths: files.map((f) => resolveInput(f, io)),
    prior: opts.prior && resolveInput(opts.prior, io),
    narrative: opts.narrative && resolveInput(opts.narrative, io),
    config,
    onProgress: progress(io),
  });
  const report = REPORTERS[opts.format](result, { lang: opts.lang, color, failOn: opts.failOn });
  if (opts.output) {
    try {
      atomicWrite(resolve(io.cwd, opts.output), report, !!opts.force);
    } catch (e) {
      if (e instanceof ExistsError) return usage(io, `${opts.output} 已存在；要覆盖请加 --force`);
      io.stderr(`fa-check：无法写入 ${opts.output}：${(e as Error).message}\n`);
      return 2;
    }
    io.stderr(`报告已写入 ${opts.output}\n`);
  } else io.stdout(report);
  return exitCode(result, opts.failOn);
}

/** Paths are reported as the user typed them; resolved against the IO's cwd for reading. */
function resolveInput(p: string, io: IO): string {
  return io.cwd === process.cwd() ? p : resolve(io.cwd, p);
}
