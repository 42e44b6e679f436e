// Look-ups over the classification code data (src/data/codes.ts), extendable by config.
import { ECONOMIC_CODES, FUNCTION_CLASSES, FUNCTION_CODES, ITEM_SUFFIX_NAMES, NAME_ALIASES } from '../data/codes.js';
import { bare } from './text.js';

const functionNames: Record<string, string> = { ...FUNCTION_CLASSES, ...FUNCTION_CODES };
const economicNames: Record<string, string> = { ...ECONOMIC_CODES };
const aliases: Record<string, string> = { ...NAME_ALIASES };

export type CodeKind = 'function' | 'economic';

/** Add or override codes (from the config file). */
export function extendCodes(kind: CodeKind, codes: Record<string, string>): void {
  Object.assign(kind === 'function' ? functionNames : economicNames, codes);
}

export function extendAliases(more: Record<string, string>): void {
  Object.assign(aliases, more);
}

export function knownName(kind: CodeKind, code: string): string | undefined {
  return (kind === 'function' ? functionNames : economicNames)[code];
}

/** Comparable form of a name: no spaces, brackets unified, no trailing 支出, aliases resolved. */
export function nameKey(name: string): string {
  let n = bare(name);
  n = aliases[n] ?? n;
  return n.replace(/（[类款项]）$/, '').replace(/支出$/, '');
}

/**
 * The name a code should carry: its listed name, or for an unlisted 项 the recurring name of its
 * suffix (xx01 行政运行, xx50 事业运行 …) when the printed name is itself one of those names: the
 * pattern does not hold for every 款 (2120201 is 城乡社区规划与管理), so it only catches a row moved.
 */
export function expectedName(kind: CodeKind, code: string, printed: string): string | undefined {
  const known = knownName(kind, code);
  if (known || kind !== 'function' || code.length !== 7) return known;
  suffixKeys ??= new Set(Object.values(ITEM_SUFFIX_NAMES).map(nameKey));
  return suffixKeys.has(nameKey(printed)) ? ITEM_SUFFIX_NAMES[code.slice(5)] : undefined;
}

let suffixKeys: Set<string> | undefined;

/** Does a printed name agree with the code's known name? undefined when the code is not listed. */
export function nameAgrees(kind: CodeKind, code: string, printed: string): boolean | undefined {
  const known = expectedName(kind, code, printed);
  if (!known) return undefined;
  return nameKey(known) === nameKey(printed);
}

let classByName: Map<string, string> | undefined;

/** 类 code for a printed class name ("一般公共服务支出", "社会保障和就业"), if any. */
export function classCodeByName(name: string): string | undefined {
  if (!classByName) {
    classByName = new Map();
    for (const [code, n] of Object.entries(FUNCTION_CLASSES)) classByName.set(nameKey(n), code);
  }
  return classByName.get(nameKey(name));
}
