// fa-check.config.json: turn rules off, change severities, choose the edition's table set,
// extend the code list. Every wrong field is named in the error.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORE_KEYS, TABLES, type TableDef } from '../data/tables.js';
import { extendAliases, extendCodes } from '../model/codes.js';
import type { Severity } from '../model/types.js';
import { ruleById } from '../rules/index.js';

export interface Config {
  /** rule id → "off" or a severity */
  rules: Record<string, 'off' | Severity>;
  yoyThreshold?: number;
  /** Core tables this edition publishes (a missing one is then not a warning). */
  tables: string[];
  /** Extra titles per table key. */
  titles: Record<string, string[]>;
  codes: { function: Record<string, string>; economic: Record<string, string> };
  aliases: Record<string, string>;
  source?: string;
}

export const DEFAULT_CONFIG_NAME = 'fa-check.config.json';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.join('; '));
  }
}

const SEVERITIES = ['off', 'error', 'warning', 'info'];

function isStringMap(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

export function parseConfig(raw: unknown, file: string): Config {
  const problems: string[] = [];
  const cfg: Config = { rules: {}, tables: [...CORE_KEYS], titles: {}, codes: { function: {}, economic: {} }, aliases: {}, source: file };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(file, ['顶层必须是一个 JSON 对象']);
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!['rules', 'yoyThreshold', 'tables', 'titles', 'codes', 'aliases', '$schema'].includes(key)) problems.push(`未知字段 "${key}"`);
  if (o.rules !== undefined) {
    if (!isStringMap(o.rules)) problems.push('"rules" 必须是 { 规则编号: "off" | "error" | "warning" | "info" }');
    else
      for (const [id, v] of Object.entries(o.rules)) {
        if (!ruleById(id)) problems.push(`"rules.${id}"：没有这条规则（fa-check --list-rules 列出全部规则）`);
        else if (!SEVERITIES.includes(v)) problems.push(`"rules.${id}"：取值 "${v}" 无效，应为 off、error、warning 或 info`);
        else cfg.rules[id] = v as Config['rules'][string];
      }
  }
  if (o.yoyThreshold !== undefined) {
    if (typeof o.yoyThreshold !== 'number' || !(o.yoyThreshold > 0)) problems.push('"yoyThreshold" 必须是大于 0 的数（0.3 表示 30%）');
    else cfg.yoyThreshold = o.yoyThreshold;
  }
  if (o.tables !== undefined) {
    if (!Array.isArray(o.tables) || !o.tables.every((t) => typeof t === 'string' && CORE_KEYS.includes(t)))
      problems.push(`"tables" 必须是核心表编号的数组（${CORE_KEYS.join(', ')}）`);
    else cfg.tables = o.tables as string[];
  }
  if (o.titles !== undefined) {
    const t = o.titles as Record<string, unknown>;
    if (typeof t !== 'object' || t === null) problems.push('"titles" 必须是 { 表编号: [标题…] }');
    else
      for (const [k, v] of Object.entries(t)) {
        if (!TABLES.some((d) => d.key === k)) problems.push(`"titles.${k}"：没有这张表`);
        else if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) problems.push(`"titles.${k}" 必须是字符串数组`);
        else cfg.titles[k] = v as string[];
      }
  }
  if (o.codes !== undefined) {
    const c = o.codes as Record<string, unknown>;
    for (const kind of Object.keys(c ?? {})) {
      if (kind !== 'function' && kind !== 'economic') problems.push(`"codes.${kind}"：应为 function 或 economic`);
      else if (!isStringMap(c[kind]) || !Object.keys(c[kind] as object).every((code) => /^\d{3}(\d{2}){0,2}$/.test(code)))
        problems.push(`"codes.${kind}" 必须是 { "编码": "名称" }，编码为 3、5 或 7 位数字`);
      else cfg.codes[kind] = c[kind] as Record<string, string>;
    }
  }
  if (o.aliases !== undefined) {
    if (!isStringMap(o.aliases)) problems.push('"aliases" 必须是 { "旧名称": "现名称" }');
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
    throw new ConfigError(path ?? file, ['文件不存在或无法读取']);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(path ?? file, [`不是有效的 JSON：${(e as Error).message}`]);
  }
  return parseConfig(raw, path ?? file);
}

/** Apply the config's code additions and return the table definitions with extra titles. */
export function applyConfig(cfg: Config | undefined): TableDef[] {
  if (!cfg) return TABLES;
  extendCodes('function', cfg.codes.function);
  extendCodes('economic', cfg.codes.economic);
  extendAliases(cfg.aliases);
  return TABLES.map((d) => (cfg.titles[d.key] ? { ...d, titles: [...d.titles, ...cfg.titles[d.key]] } : d));
}
