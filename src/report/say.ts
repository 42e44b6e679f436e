// Sentences from the message catalogue (messages/zh.ts, messages/en.ts), in the chosen language.
// Kept apart from format-message.ts so that --help loads no rule.
import * as en from './messages/en.js';
import * as zh from './messages/zh.js';

export type Lang = 'zh' | 'en';

export const CATALOGUES = { zh, en };

/** A problem found in a user's file (config, profile, template): a catalogue key and its values. */
export interface Problem {
  key: string;
  args?: Record<string, string>;
}

/** Fill {name} and {name:a=x,b=y} placeholders. */
export function fill(template: string, args: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)(?::([^}]*))?\}/g, (_, name: string, choices?: string) => {
    const v = args[name];
    if (choices === undefined) return v === undefined ? '' : String(v);
    // "{n:1=,*=s}": the text for the value, or for any other value ("*")
    let other = '';
    for (const c of choices.split(',')) {
      const [k, text = ''] = c.split('=');
      if (k === String(v)) return text;
      if (k === '*') other = text;
    }
    return other;
  });
}

/** A command-line sentence. */
export function say(lang: Lang, key: string, args: Record<string, string | number | undefined> = {}): string {
  return fill(CATALOGUES[lang].CLI[key] ?? key, args);
}

export function sayProblem(lang: Lang, p: Problem): string {
  const args: Record<string, string> = { ...p.args };
  // profile problems: type names and the top level are words of the catalogue too
  if (args.kinds !== undefined) args.kinds = args.kinds.split(',').map((k) => say(lang, `profile.kind.${k}`)).join(say(lang, 'profile.or'));
  if (args.field === '') args.field = say(lang, 'profile.top');
  return say(lang, p.key, args);
}

/** --lang en / --lang=en, else FA_LANG; never LANG, which CI images set to English. */
export function langOf(argv: string[], env: NodeJS.ProcessEnv): Lang {
  let v: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') v = argv[i + 1];
    else if (a.startsWith('--lang=')) v = a.slice(7);
  });
  v ??= env.FA_LANG;
  return v?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
