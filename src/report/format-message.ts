// Finding → sentence, in the chosen language. The only place that builds a message.
import { ruleById } from '../rules/index.js';
import type { Finding } from '../model/types.js';
import { printable } from './printable.js';
import { CATALOGUES, fill, type Lang } from './say.js';

export { fill, type Lang };

export function words(lang: Lang): (typeof CATALOGUES)['zh']['WORDS'] {
  return CATALOGUES[lang].WORDS;
}

function at(sheet: unknown, cell: unknown, row: unknown, column: unknown): string {
  let s = [sheet, cell].filter((x) => x).join(' ');
  if (row) s += `「${row}」`;
  if (column) s += String(column);
  return s;
}

export function formatMessage(f: Finding, lang: Lang): string {
  const cat = CATALOGUES[lang];
  const id = f.messageId ?? 'default';
  const template = cat.MESSAGES[f.rule]?.[id] ?? cat.SHARED[id] ?? cat.MESSAGES[f.rule]?.default ?? f.rule;
  const rule = ruleById(f.rule);
  const a = f.args;
  const args: Record<string, string | number | undefined> = {
    file: f.location.file,
    sheet: f.location.sheet,
    cell: f.location.cell,
    ...a,
    at: at(a.sheet ?? f.location.sheet, a.cell ?? f.location.cell, a.row ?? f.location.name, a.column),
    otherAt: at(a.otherSheet, a.otherCell, undefined, undefined),
    relation: rule ? rule.meta.title[lang] : '',
  };
  if (args.stated === '') args.stated = cat.WORDS.blank;
  // what came from the input is shown, never obeyed (printable.ts)
  for (const [k, v] of Object.entries(args)) if (typeof v === 'string') args[k] = printable(v);
  return fill(template, args);
}
