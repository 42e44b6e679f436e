// --list-rules and the rule reference page: both generated from the catalogue.
import { Chalk } from 'chalk';
import { CATALOGUE } from '../rules/index.js';
import type { Lang } from './format-message.js';
import { words } from './format-message.js';

export function listRules(lang: Lang, format: 'text' | 'json', color: boolean): string {
  if (format === 'json')
    return JSON.stringify(CATALOGUE.map((r) => ({ id: r.meta.id, severity: r.meta.severity, kind: r.meta.kind, tables: r.meta.tables ?? [], title: r.meta.title[lang], rationale: r.meta.rationale[lang] })), null, 2) + '\n';
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = words(lang);
  const sev = { error: c.red(w.error), warning: c.yellow(w.warning), info: c.cyan(w.info) };
  return CATALOGUE.map((r) => `${c.bold(r.meta.id.padEnd(28))} ${sev[r.meta.severity]}  ${r.meta.title[lang]}`).join('\n') + '\n';
}

/** src/rules/README.md */
export function rulesMarkdown(lang: Lang): string {
  const w = words(lang);
  const head = lang === 'zh' ? '# 规则参考\n\n本页由 `npm run docs:rules` 从规则目录生成，请勿手改。\n' : '# Rule reference\n\nGenerated from the rule catalogue by `npm run docs:rules`.\n';
  const body = CATALOGUE.map((r) => {
    const tables = r.meta.tables?.length ? ` · ${r.meta.tables.join(', ')}` : '';
    return `## \`${r.meta.id}\`\n\n**${r.meta.title[lang]}** — ${w[r.meta.severity]}${tables}\n\n${r.meta.rationale[lang]}\n`;
  });
  return [head, ...body].join('\n');
}
