// fa-render: commander wiring only.
import { Option } from 'commander';
import { resolve } from 'node:path';
import type { Finding, WorkbookModel } from '../model/types.js';
import { readWorkbook } from '../read/workbook.js';
import { ProfileError, loadProfile, type Profile } from '../render/profile.js';
import { startPacker, type DocumentPacker } from '../render/pack.js';
import { TemplateError, render } from '../render/render.js';
import { runRules } from '../rules/engine.js';
import { langOf, say, sayProblem } from '../report/say.js';
import { atomicWrite, checkOutput, guardInterrupts } from '../util/atomic-write.js';
import { outputMessage } from './output.js';
import type { IO } from './io.js';
import { newProgram, parseArgs, problemList, usageError } from './program.js';

interface Opts {
  prior?: string;
  profile?: string;
  template: string;
  output?: string;
  force?: boolean;
  allowErrors?: boolean;
}

export async function main(argv: string[], io: IO): Promise<number> {
  const lang = langOf(argv, io.env);
  const t = (key: string, args?: Record<string, string | number>) => say(lang, key, args);
  const line = (message: string) => io.stderr(t('common.line', { cmd: 'fa-render', message }) + '\n');
  const program = newProgram('fa-render', lang, io)
    .usage(t('render.usage'))
    .description(t('render.description'))
    .argument('<workbook>', t('render.arg.workbook'))
    .option('--prior <file>', t('render.opt.prior'))
    .option('--profile <file>', t('render.opt.profile'))
    .addOption(new Option('--template <name>', t('render.opt.template')).default('sichuan'))
    .option('-o, --output <file>', t('render.opt.output'))
    .option('--force', t('opt.force'))
    .option('--allow-errors', t('render.opt.allowErrors'))
    .addOption(new Option('--lang <lang>', t('opt.lang')).choices(['zh', 'en']).default(lang))
    .option('--debug', t('opt.debug'))
    .addHelpText('after', t('render.after'));
  const early = parseArgs(program, argv, io, lang);
  if (early !== undefined) return early;
  const workbook = program.processedArgs[0] as string;
  const opts = program.opts<Opts>();
  const output = opts.output;
  if (!output) return usageError(io, lang, 'fa-render', t('render.missingOutput'));
  const out = resolve(io.cwd, output);
  guardInterrupts();
  // before any work: an output that exists (without --force), a directory, or no regular file
  try {
    checkOutput(out, !!opts.force);
  } catch (e) {
    line(outputMessage(lang, output, e, argv.includes('--debug')));
    return 2;
  }
  const write = async (packer: DocumentPacker): Promise<number> => {
    let profile: Profile = {};
    if (opts.profile) {
      try {
        profile = await loadProfile(resolve(io.cwd, opts.profile));
      } catch (e) {
        if (!(e instanceof ProfileError)) throw e;
        return problemList(io, lang, t('render.profileInvalid', { cmd: 'fa-render', file: opts.profile }), e.problems);
      }
    }
    // findings become sentences only when there are some to show: the catalogue loads every rule
    const sentence = async (f: Finding) => (await import('../report/format-message.js')).formatMessage(f, lang);
    const read = async (file: string) => {
      const r = await readWorkbook(resolve(io.cwd, file));
      if (!r.model) for (const f of r.findings) line(await sentence(f));
      return r;
    };
    const now = await read(workbook);
    const model = now.model;
    if (!model) return 2;
    let prior: WorkbookModel | undefined;
    if (opts.prior) {
      prior = (await read(opts.prior)).model;
      if (!prior) return 2;
    }
    // with a writer thread, the document is made there while the rules run here; it is only
    // written to OUT once they have passed
    const start = () => render(model, prior, profile, opts.template, packer);
    const early = packer.parallel ? start() : undefined;
    early?.catch(() => undefined);
    const errors = [...now.findings, ...runRules(model, prior).findings].filter((f) => f.severity === 'error');
    if (errors.length) {
      const lines = await Promise.all(errors.map(async (f) => `  ${await sentence(f)}`));
      io.stderr(`${t('render.workbookErrors', { cmd: 'fa-render', count: errors.length })}\n${lines.join('\n')}\n`);
      if (!opts.allowErrors) {
        io.stderr(t('render.notWritten') + '\n');
        return 1;
      }
    }
    let rendered;
    try {
      rendered = await (early ?? start());
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      line(sayProblem(lang, e.problem));
      return 2;
    }
    try {
      atomicWrite(out, rendered.buffer, !!opts.force);
    } catch (e) {
      line(outputMessage(lang, output, e, argv.includes('--debug')));
      return 2;
    }
    for (const w of rendered.warnings) io.stderr(t('render.gap', { what: sayProblem(lang, w) }) + '\n');
    const n = rendered.warnings.length;
    io.stderr(t(n ? 'render.writtenGaps' : 'render.written', { file: output, count: n }) + '\n');
    return 0;
  };
  // the document writer gets ready on another core while the workbooks are read
  const packer = startPacker();
  try {
    return await write(packer);
  } finally {
    packer.close();
  }
}
