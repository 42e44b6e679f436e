// fa-check.config.json: turn rules off, change severities, choose the edition's table set,
// extend the code list. Every wrong field is named in the error.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORE_KEYS, TABLES, type TableDef } from '../data/tables.js';
import { extendAliases, extendCodes } from '../model/codes.js';
import type { Severity } from '../model/types.js';
import { clean } from '../model/text.js';
import type { Problem } from '../report/say.js';
import { ruleById } from '../rules/index.js';

export interface Config {
  /** rule id → "off" or a severity */
  rules: Record<string, 'off' | Severity>;
  yoyThreshold?: number;
  /** Core tables this edition publishes (a missing one is then not a warning). */
  tables: string[];
  /** Extra titles per table key. */
  titles: Record<string, string[]>;
  /** Extra header labels per table key and column role ("T01": { "inc.amount": ["执行数"] }). */
  headers: Record<string, Record<string, string[]>>;
  codes: { function: Record<string, string>; economic: Record<string, string> };
  aliases: Record<string, string>;
  source?: string;
}

export const DEFAULT_CONFIG_NAME = 'fa-check.config.json';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => p.key).join('; '));
  }
}

const SEVERITIES = ['off', 'error', 'warning', 'info'];

function isStringMap(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

export function parseConfig(raw: unknown, file: string): Config {
  const problems: Problem[] = [];
  const cfg: Config = { rules: {}, tables: [...CORE_KEYS], titles: {}, headers: {}, codes: { function: {}, economic: {} }, aliases: {}, source: file };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(file, [{ key: 'config.notObject' }]);
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!['rules', 'yoyThreshold', 'tables', 'titles', 'headers', 'codes', 'aliases', '$schema'].includes(key)) problems.push({ key: 'config.unknownField', args: { field: key } });
  if (o.rules !== undefined) {
    if (!isStringMap(o.rules)) problems.push({ key: 'config.rules' });
    else
      for (const [id, v] of Object.entries(o.rules)) {
        if (!ruleById(id)) problems.push({ key: 'config.ruleUnknown', args: { id } });
        else if (!SEVERITIES.includes(v)) problems.push({ key: 'config.ruleSeverity', args: { id, value: v } });
        else cfg.rules[id] = v as Config['rules'][string];
      }
  }
  if (o.yoyThreshold !== undefined) {
    if (typeof o.yoyThreshold !== 'number' || !(o.yoyThreshold > 0)) problems.push({ key: 'config.yoy' });
    else cfg.yoyThreshold = o.yoyThreshold;
  }
  if (o.tables !== undefined) {
    if (!Array.isArray(o.tables) || !o.tables.every((t) => typeof t === 'string' && CORE_KEYS.includes(t)))
      problems.push({ key: 'config.tables', args: { keys: CORE_KEYS.join(', ') } });
    else cfg.tables = o.tables as string[];
  }
  if (o.titles !== undefined) {
    const t = o.titles as Record<string, unknown>;
    if (typeof t !== 'object' || t === null) problems.push({ key: 'config.titles' });
    else
      for (const [k, v] of Object.entries(t)) {
        if (!TABLES.some((d) => d.key === k)) problems.push({ key: 'config.titleKey', args: { key: k } });
        else if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) problems.push({ key: 'config.titleList', args: { key: k } });
        else cfg.titles[k] = v as string[];
      }
  }
  if (o.headers !== undefined) {
    const h = o.headers as Record<string, unknown>;
    if (typeof h !== 'object' || h === null || Array.isArray(h)) problems.push({ key: 'config.headers' });
    else
      for (const [k, roles] of Object.entries(h)) {
        const def = TABLES.find((d) => d.key === k);
        const known = [...new Set(def?.columns.map((c) => c.role) ?? [])];
        if (!def || !known.length) problems.push({ key: 'config.headerKey', args: { key: k, keys: TABLES.filter((d) => d.columns.length).map((d) => d.key).join(', ') } });
        else if (typeof roles !== 'object' || roles === null || Array.isArray(roles)) problems.push({ key: 'config.headerRoles', args: { key: k, roles: known.join(', ') } });
        else
          for (const [role, words] of Object.entries(roles as Record<string, unknown>)) {
            if (!known.includes(role)) problems.push({ key: 'config.headerRole', args: { key: k, role, roles: known.join(', ') } });
            else if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && w.trim())) problems.push({ key: 'config.headerList', args: { key: k, role } });
            else (cfg.headers[k] ??= {})[role] = words as string[];
          }
      }
  }
  if (o.codes !== undefined) {
    const c = o.codes as Record<string, unknown>;
    for (const kind of Object.keys(c ?? {})) {
      if (kind !== 'function' && kind !== 'economic') problems.push({ key: 'config.codesKind', args: { kind } });
      else if (!isStringMap(c[kind]) || !Object.keys(c[kind] as object).every((code) => /^\d{3}(\d{2}){0,2}$/.test(code)))
        problems.push({ key: 'config.codesMap', args: { kind } });
      else cfg.codes[kind] = c[kind] as Record<string, string>;
    }
  }
  if (o.aliases !== undefined) {
    if (!isStringMap(o.aliases)) problems.push({ key: 'config.aliases' });
    else cfg.aliases = o.aliases;
  }
  if (problems.length) throw new ConfigError(file, problems);
  return cfg;
}

/** Load --config FILE, or fa-check.config.json in the working directory when present. */
export function loadConfig(path: string | undefined, cwd = process.cwd()): Config | undefined {
  const file = path ? resolve(cwd, path) : resolve(cwd, DEFAULT_CONFIG_NAME);
  if (!path && !existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(path ?? file, [{ key: 'config.unreadable' }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(path ?? file, [{ key: 'config.json', args: { reason: (e as Error).message } }]);
  }
  return parseConfig(raw, path ?? file);
}

/**
 * Apply the config's code additions and return the table definitions with its titles and header
 * labels: new definitions the reader is given (the standard ones in src/data/ are not changed).
 */
export function applyConfig(cfg: Config | undefined): TableDef[] {
  if (!cfg) return TABLES;
  extendCodes('function', cfg.codes.function);
  extendCodes('economic', cfg.codes.economic);
  extendAliases(cfg.aliases);
  return TABLES.map((d) => {
    const titles = cfg.titles[d.key];
    const headers = cfg.headers[d.key];
    if (!titles && !headers) return d;
    // a label of the config is a column of that role wherever it stands (after the standard labels)
    const extra = Object.entries(headers ?? {}).map(([role, words]) => ({ role, match: NEVER, words: words.map(clean) }));
    return { ...d, titles: titles ? [...d.titles, ...titles] : d.titles, columns: [...d.columns, ...extra] };
  });
}

const NEVER = /(?!)/;
