// The rule reference — id, severity, what it checks, a real example finding, how to fix — for
// --list-rules (text or JSON) and src/rules/README.md. All three come from the catalogue.
import { Chalk } from 'chalk';
import type { Finding } from '../model/types.js';
import { EXAMPLES } from '../rules/examples.js';
import { CATALOGUE } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { Lang } from './format-message.js';
import { fill, formatMessage, words } from './format-message.js';

/** The rules named by id (all when none); unknown ids are returned apart. */
export function selectRules(ids: string[]): { rules: Rule[]; unknown: string[] } {
  if (!ids.length) return { rules: CATALOGUE, unknown: [] };
  return { rules: CATALOGUE.filter((r) => ids.includes(r.meta.id)), unknown: ids.filter((id) => !CATALOGUE.some((r) => r.meta.id === id)) };
}

function example(f: Finding | undefined, lang: Lang): string | undefined {
  if (!f) return undefined;
  const w = words(lang);
  const values = [f.stated !== undefined && `${w.refStated} ${f.stated || '—'}`, f.expected !== undefined && `${w.refExpected} ${f.expected}`].filter(Boolean);
  return formatMessage(f, lang) + (values.length ? fill(w.refValues, { values: values.join(w.refSep) }) : '');
}

export function listRules(lang: Lang, format: 'text' | 'json', color: boolean, rules: Rule[] = CATALOGUE): string {
  const w = words(lang);
  if (format === 'json')
    return (
      JSON.stringify(
        rules.map((r) => ({
          id: r.meta.id,
          severity: r.meta.severity,
          kind: r.meta.kind,
          tables: r.meta.tables ?? [],
          title: r.meta.title[lang],
          rationale: r.meta.rationale[lang],
          fix: r.meta.fix[lang],
          example: EXAMPLES[r.meta.id] && { message: formatMessage(EXAMPLES[r.meta.id], lang), stated: EXAMPLES[r.meta.id].stated, expected: EXAMPLES[r.meta.id].expected, location: EXAMPLES[r.meta.id].location },
        })),
        null,
        2,
      ) + '\n'
    );
  const c = new Chalk({ level: color ? 1 : 0 });
  const sev = { error: c.red(w.error), warning: c.yellow(w.warning), info: c.cyan(w.info) };
  const blocks = rules.map((r) => {
    const lines = [`${c.bold(r.meta.id)}  ${sev[r.meta.severity]}  ${r.meta.title[lang]}`, `  ${c.dim(w.refChecks)}  ${r.meta.rationale[lang]}`];
    const ex = example(EXAMPLES[r.meta.id], lang);
    if (ex) lines.push(`  ${c.dim(w.refExample)}  ${ex}`);
    lines.push(`  ${c.dim(w.refFix)}  ${r.meta.fix[lang]}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}

/** src/rules/README.md */
export function rulesMarkdown(lang: Lang): string {
  const w = words(lang);
  const body = CATALOGUE.map((r) => {
    const tables = r.meta.tables?.length ? ` · ${w.refTables}：${r.meta.tables.join(', ')}` : '';
    const f = EXAMPLES[r.meta.id];
    const ex = f ? `- **${w.refExample}**（\`${f.location.file}\`）：${example(f, lang)}\n` : '';
    return `## \`${r.meta.id}\`\n\n**${r.meta.title[lang]}** — ${w[r.meta.severity]}${tables}\n\n${r.meta.rationale[lang]}\n\n${ex}- **${w.refFix}**：${r.meta.fix[lang]}\n`;
  });
  return [`${w.refTitle}\n\n${w.refIntro}\n`, ...body].join('\n');
}
