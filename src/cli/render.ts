// fa-render: commander wiring only; the steps are src/render/pipeline.ts.
import { Option } from 'commander';
import { resolve } from 'node:path';
import { startPacker } from '../render/pack.js';
import { renderFiles } from '../render/pipeline.js';
import { langOf, say } from '../report/say.js';
import { checkOutput, guardInterrupts } from '../util/atomic-write.js';
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
  const opts = program.opts<Opts>();
  const output = opts.output;
  if (!output) return usageError(io, lang, 'fa-render', t('render.missingOutput'));
  const out = resolve(io.cwd, output);
  guardInterrupts();
  // before any work: an output that exists (without --force), a directory, or no regular file
  try {
    checkOutput(out, !!opts.force);
  } catch (e) {
    io.stderr(t('common.line', { cmd: 'fa-render', message: outputMessage(lang, output, e, argv.includes('--debug')) }) + '\n');
    return 2;
  }
  // the document writer gets ready on another core while the workbooks are read
  const packer = startPacker();
  try {
    const request = { workbook: program.processedArgs[0] as string, prior: opts.prior, profile: opts.profile, template: opts.template, output, out, force: !!opts.force, allowErrors: !!opts.allowErrors, cwd: io.cwd, lang, debug: argv.includes('--debug') };
    const r = await renderFiles(request, packer, (text) => io.stderr(text + '\n'));
    if (r.profileProblems) return problemList(io, lang, r.profileProblems.heading, r.profileProblems.problems);
    return r.code;
  } finally {
    packer.close();
  }
}
