// A commander program in the user's language: help headings, option notes and parse errors from the catalogue.
import { Command, CommanderError, type Option } from 'commander';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { say, sayProblem, type Lang, type Problem } from '../report/say.js';
import type { IO } from './io.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TITLES: Record<string, string> = { 'Usage:': 'help.usage', 'Arguments:': 'help.arguments', 'Options:': 'help.options', 'Commands:': 'help.commands' };

export function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function newProgram(name: string, lang: Lang, io: IO): Command {
  const t = (key: string, args?: Record<string, string>) => say(lang, key, args);
  return new Command(name)
    .helpOption('-h, --help', t('help.help'))
    .version(version(), '-V, --version', t('help.version'))
    .configureHelp({
      styleTitle: (s) => (TITLES[s] ? t(TITLES[s]) : s),
      optionDescription: (o: Option) => {
        const notes: string[] = [];
        if (o.argChoices) notes.push(t('help.choices', { choices: o.argChoices.join(', ') }));
        if (typeof o.defaultValue === 'string' || typeof o.defaultValue === 'number') notes.push(t('help.default', { value: String(o.defaultValue) }));
        return notes.length ? o.description + t('help.notes', { notes: notes.join(t('help.sep')) }) : o.description;
      },
    })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} });
}

/** Parse; a number is the exit code to return at once (0 after --help/--version, 2 on a usage error). */
export function parseArgs(program: Command, argv: string[], io: IO, lang: Lang): number | undefined {
  try {
    program.parse(argv, { from: 'user' });
    return undefined;
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    return usageError(io, lang, program.name(), commanderMessage(e, lang));
  }
}

/** A user's file with problems (config, profile): the heading naming it, then one problem a line. */
export function problemList(io: IO, lang: Lang, heading: string, problems: Problem[]): 2 {
  io.stderr(`${heading}\n${problems.map((p) => `  - ${sayProblem(lang, p)}`).join('\n')}\n`);
  return 2;
}

export function usageError(io: IO, lang: Lang, cmd: string, message: string): 2 {
  io.stderr(say(lang, 'common.usage', { cmd, message }) + '\n');
  return 2;
}

/** Commander's own errors in the user's language, keeping what they name (the option, the choices). */
function commanderMessage(e: CommanderError, lang: Lang): string {
  const key = `commander.${e.code.replace(/^commander\./, '')}`;
  const text = say(lang, key, { arg: /'([^']+)'/.exec(e.message)?.[1] ?? '' });
  if (text === key) return e.message.replace(/^error: /, '');
  const choices = /Allowed choices are (.*)\./.exec(e.message)?.[1];
  return choices ? text + say(lang, 'help.notes', { notes: say(lang, 'help.choices', { choices }) }) : text;
}
