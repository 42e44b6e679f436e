// fa-init [DIR]: a starting point — a blank standard workbook, a blank commented profile,
// a config file and an editable template set. Never overwrites.
import { InvalidArgumentError, Option } from 'commander';
import { cpSync, existsSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langOf, say } from '../report/say.js';
import type { IO } from './io.js';
import { newProgram, parseArgs } from './program.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BLANK_WORKBOOK = '部门决算公开表.xlsx';

export async function main(argv: string[], io: IO): Promise<number> {
  const lang = langOf(argv, io.env);
  const t = (key: string, args?: Record<string, string>) => say(lang, key, args);
  // final accounts are drawn up in the year after the one they account for
  const lastYear = new Date().getFullYear() - 1;
  const program = newProgram('fa-init', lang, io)
    .usage(t('init.usage'))
    .description(t('init.description'))
    .argument('[dir]', t('init.arg.dir'))
    .addOption(
      new Option('--year <year>', t('init.opt.year')).default(lastYear).argParser((v) => {
        if (!/^20\d{2}$/.test(v)) throw new InvalidArgumentError(v);
        return Math.trunc(+v);
      }),
    )
    .addOption(new Option('--lang <lang>', t('opt.lang')).choices(['zh', 'en']).default(lang))
    .addHelpText('after', t('init.after'));
  const early = parseArgs(program, argv, io, lang);
  if (early !== undefined) return early;
  const given = (program.processedArgs[0] as string | undefined) ?? '.';
  const dir = resolve(io.cwd, given);
  const { year } = program.opts<{ year: number }>();
  mkdirSync(dir, { recursive: true });
  const shown = (name: string) => join(given, name);
  const put = async (name: string, write: (to: string) => void | Promise<void>) => {
    const to = join(dir, name);
    if (existsSync(to)) return io.stderr(t('init.kept', { file: shown(name) }) + '\n');
    mkdirSync(dirname(to), { recursive: true });
    await write(to);
    io.stderr(t('init.created', { file: shown(name) }) + '\n');
  };
  await put(BLANK_WORKBOOK, async (to) => {
    const { blankFigures, writeWorkbook, LAYOUT_BLANK } = await import('../render/workbook.js');
    const wb = await writeWorkbook(blankFigures(year), LAYOUT_BLANK);
    // the xlsx is written whole to a buffer first, so a failure leaves no partial file
    writeFileSync(to, Buffer.from(await wb.xlsx.writeBuffer()), { flag: 'wx' });
  });
  // a blank profile: every field commented, every value a 【待补充】 placeholder (never the sample's facts)
  await put('profile.yaml', (to) => copyFileSync(join(ROOT, 'templates', 'profile.yaml'), to));
  await put('fa-check.config.json', (to) => writeFileSync(to, JSON.stringify({ rules: {}, yoyThreshold: 0.3 }, null, 2) + '\n', { flag: 'wx' }));
  await put('templates/sichuan', (to) => cpSync(join(ROOT, 'templates', 'sichuan'), to, { recursive: true }));
  io.stderr(t('init.next', { workbook: shown(BLANK_WORKBOOK) }) + '\n');
  return 0;
}
