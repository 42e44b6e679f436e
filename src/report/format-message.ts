// Finding → sentence, in the chosen language. The only place that builds a message.
import { ruleById } from '../rules/index.js';
import type { Group, Reading, Suspect } from '../rules/culprit.js';
import type { Finding } from '../model/types.js';
import { printable } from './printable.js';
import { CATALOGUES, fill, type Lang } from './say.js';

export { fill, type Lang };

export function words(lang: Lang): (typeof CATALOGUES)['zh']['WORDS'] {
  return CATALOGUES[lang].WORDS;
}

function at(lang: Lang, sheet: unknown, cell: unknown, row: unknown, column: unknown): string {
  let s = [sheet, cell].filter((x) => x).join(' ');
  if (row) s += lang === 'zh' ? `「${row}」` : ` “${row}”`;
  if (column) s += lang === 'zh' ? String(column) : ` ${String(column)}`;
  return s;
}

/** Figures: a blank cell is written as the word for blank, never as nothing. */
const FIGURES = ['stated', 'expected', 'otherShown', 'shown', 'prior', 'current'];
/** Lists the rules join with 、; each language joins them its own way. */
const LISTS = ['skipped', 'missing', 'codes', 'looked'];

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
    at: at(lang, a.sheet ?? f.location.sheet, a.cell ?? f.location.cell, a.row ?? f.location.name, a.column),
    otherAt: at(lang, a.otherSheet, a.otherCell, undefined, undefined),
    relation: rule ? rule.meta.title[lang] : '',
  };
  for (const k of FIGURES) if (args[k] === '') args[k] = cat.WORDS.blank;
  for (const k of LISTS) if (typeof args[k] === 'string') args[k] = (args[k] as string).split('、').join(cat.WORDS.listSep);
  // what came from the input is shown, never obeyed (printable.ts)
  for (const [k, v] of Object.entries(args)) if (typeof v === 'string') args[k] = printable(v);
  return fill(template, args);
}

/** A suspected cell's label: its row and column as the table prints them. */
export function suspectLabel(s: Suspect, lang: Lang): string {
  return at(lang, '', '', s.row ? [s.code, s.row].filter(Boolean).join(' ') : s.code, s.column).trim();
}

function readingsText(s: Suspect, lang: Lang): string {
  const g = CATALOGUES[lang].GROUP;
  const how = (r: Reading) => fill(g[`through.${r.through}`], { sheet: r.with?.sheet, cell: r.with?.cell, more: String(!!r.with?.more) });
  const values = [...new Set(s.readings.map((r) => r.expected))];
  if (s.readings.length > 1 && values.length === 1) {
    const hows = [...new Set(s.readings.map(how))];
    const throughs = hows.length > 1 ? hows.slice(0, -1).join(g.sep) + g.and + hows[hows.length - 1] : hows[0];
    return fill(g[hows.length > 2 ? 'agreeAll' : hows.length > 1 ? 'agree' : 'single'], { throughs, through: throughs, expected: blankAs(values[0], lang) });
  }
  return s.readings.map((r) => fill(g.single, { through: how(r), expected: blankAs(r.expected, lang) })).join(g.readingSep);
}

function blankAs(figure: string, lang: Lang): string {
  return figure === '' ? CATALOGUES[lang].WORDS.blank : figure;
}

/** The sentence a group of findings leads with: the likely culprit, the cells that could be, or neither. */
export function groupLead(group: Group, members: number, lang: Lang): string {
  const g = CATALOGUES[lang].GROUP;
  const [first] = group.suspects;
  if (group.suspects.length === 1) {
    const label = suspectLabel(first, lang);
    return fill(g.one, { sheet: first.sheet, cell: first.cell, stated: blankAs(first.stated, lang), readings: readingsText(first, lang) }) + (label ? fill(g.label, { label }) : '');
  }
  if (group.suspects.length > 1) {
    const MAX = 6;
    const cells = group.suspects.slice(0, MAX).map((s) => fill(g.cell, { sheet: s.sheet, cell: s.cell, stated: blankAs(s.stated, lang), expected: [...new Set(s.readings.map((r) => blankAs(r.expected, lang)))].join('/') }));
    const more = group.suspects.length > MAX ? fill(g.more, { n: group.suspects.length - MAX }) : '';
    return fill(g.several, { n: group.suspects.length, cells: cells.join(CATALOGUES[lang].WORDS.listSep) + more });
  }
  return fill(g.none, { n: members });
}
