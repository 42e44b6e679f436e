// fa-check: commander wiring only. Everything it does lives in pipeline/ and report/.
import { Option } from 'commander';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { check, exitCode } from '../pipeline/check.js';
import { expandInputs } from '../pipeline/inputs.js';
import { jsonReport } from '../report/json.js';
import { junitReport } from '../report/junit.js';
import { sarifReport } from '../report/sarif.js';
import { textReport } from '../report/text.js';
import type { Reporter } from '../report/types.js';
import { atomicWrite, ExistsError } from '../util/atomic-write.js';
import { outputMessage } from './output.js';
import { say, langOf, type Lang } from '../report/say.js';
import { progress, useColor, type IO } from './io.js';
import { newProgram, parseArgs, problemList, usageError } from './program.js';

const REPORTERS: Record<string, Reporter> = { text: textReport, json: jsonReport, sarif: sarifReport, junit: junitReport };

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
  verbose?: boolean;
  debug?: boolean;
}

export async function main(argv: string[], io: IO): Promise<number> {
  const lang = langOf(argv, io.env);
  const t = (key: string, args?: Record<string, string>) => say(lang, key, args);
  const usage = (message: string) => usageError(io, lang, 'fa-check', message);
  const program = newProgram('fa-check', lang, io)
    .usage(t('check.usage'))
    .description(t('check.description'))
    .argument('[files...]', t('check.arg.files'))
    .option('--narrative <file>', t('check.opt.narrative'))
    .option('--prior <file>', t('check.opt.prior'))
    .addOption(new Option('--format <format>', t('check.opt.format')).choices(['text', 'json', 'sarif', 'junit', 'html']).default('text'))
    .option('-o, --output <file>', t('check.opt.output'))
    .option('--force', t('opt.force'))
    .addOption(new Option('--fail-on <level>', t('check.opt.failOn')).choices(['error', 'warning']).default('error'))
    .option('--config <file>', t('check.opt.config'))
    .option('--list-rules', t('check.opt.listRules'))
    .addOption(new Option('--lang <lang>', t('opt.lang')).choices(['zh', 'en']).default(lang))
    .option('--no-color', t('check.opt.noColor'))
    .option('--verbose', t('check.opt.verbose'))
    .option('--debug', t('opt.debug'))
    .addHelpText('after', t('check.after'));
  const early = parseArgs(program, argv, io, lang);
  if (early !== undefined) return early;
  const files = program.processedArgs[0] as string[];
  const opts = program.opts<Opts>();
  const color = useColor(io, opts.color) && !opts.output;
  if (opts.listRules) {
    // with --list-rules the arguments are rule ids; the reference (with its examples) loads only here
    const { listRules, selectRules } = await import('../report/list-rules.js');
    const { rules, unknown } = selectRules(files);
    if (unknown.length) return usage(t('check.unknownRules', { ids: unknown.join(', ') }));
    io.stdout(listRules(opts.lang, opts.format === 'json' ? 'json' : 'text', color, rules));
    return 0;
  }
  if (!files.length) return usage(t('check.noFiles'));
  const workbooks = expandInputs(files.map((f) => resolveInput(f, io))).filter((i) => i.kind === 'workbook');
  if ((opts.prior || opts.narrative) && workbooks.length !== 1) return usage(t('check.pairing'));

  let config;
  try {
    config = loadConfig(opts.config, io.cwd);
  } catch (e) {
    if (e instanceof ConfigError) {
      return problemList(io, lang, t('check.configInvalid', { cmd: 'fa-check', file: e.file }), e.problems);
    }
    throw e;
  }

  const result = await check({
    paths: files.map((f) => resolveInput(f, io)),
    prior: opts.prior && resolveInput(opts.prior, io),
    narrative: opts.narrative && resolveInput(opts.narrative, io),
    config,
    onProgress: progress(io),
    views: opts.format === 'html',
  });
  // fa's own errors cost their file only (a finding says so); the details are for --debug
  if (opts.debug) for (const e of result.internal ?? []) io.stderr(`${e.path}: ${e.stack ?? e.message}\n`);
  // the page's builder loads only when a page is asked for
  const reporter = opts.format === 'html' ? (await import('../report/html.js')).htmlReport : REPORTERS[opts.format];
  const report = reporter(result, { lang: opts.lang, color, failOn: opts.failOn, verbose: opts.verbose, width: opts.output ? undefined : io.columns });
  if (opts.output) {
    try {
      atomicWrite(resolve(io.cwd, opts.output), report, !!opts.force);
    } catch (e) {
      if (e instanceof ExistsError) return usage(t('common.exists', { file: opts.output }));
      io.stderr(t('common.line', { cmd: 'fa-check', message: outputMessage(lang, opts.output, e, !!opts.debug) }) + '\n');
      return 2;
    }
    io.stderr(t('check.reportWritten', { file: opts.output }) + '\n');
  } else io.stdout(report);
  return exitCode(result, opts.failOn);
}

/** Paths are reported as the user typed them; resolved against the IO's cwd for reading. */
function resolveInput(p: string, io: IO): string {
  return io.cwd === process.cwd() ? p : resolve(io.cwd, p);
}
