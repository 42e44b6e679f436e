// The department profile (YAML): what no table holds. Validated against a JSON Schema, every wrong
// field named in Chinese.
import { readFileSync } from 'node:fs';
import type { Problem } from '../report/say.js';

/** A project's self-evaluation (第四部分 附件): its funds and its indicators, targets and results. */
export interface ProjectEvaluation {
  name?: string;
  unit?: string;
  /** 万元 */
  funds?: { total?: number | string; fiscal?: number | string };
  goal?: string;
  indicators?: { level1?: string; level2?: string; name?: string; target?: string | number; actual?: string | number }[];
  score?: number | string;
}

export interface Profile {
  department?: string;
  /** The year the profile is for: compared with the workbook's. */
  year?: number;
  /** The date on the cover (公开日期). */
  date?: string;
  duties?: string[];
  organization?: string[];
  reasons?: {
    total?: string;
    fiscal?: string;
    gpb?: string;
    classes?: Record<string, string>;
    items?: Record<string, string>;
    sangong?: { total?: string; abroad?: string; car?: string; reception?: string };
    operating?: string;
  };
  /** 预算数 (万元) by 7-digit code, where the workbook has none. */
  budgets?: Record<string, number | string>;
  sangong?: {
    budget?: { abroad?: number | string; car?: number | string; carBuy?: number | string; carRun?: number | string; reception?: number | string };
    abroad?: { groups?: number; people?: number };
    vehicles?: { purchased?: number; purchaseAmount?: number | string; owned?: number; runUse?: string };
    reception?: { domestic?: { amount?: number | string; batches?: number; people?: number }; foreign?: { amount?: number | string; batches?: number; people?: number } };
  };
  operating?: { amount?: number | string; prior?: number | string };
  procurement?: { goods?: number | string; works?: number | string; services?: number | string; sme?: number | string; small?: number | string };
  assets?: { vehicles?: { total?: number; leaders?: number; confidential?: number; emergency?: number; other?: number; otherUse?: string }; equipment?: number };
  performance?: string[];
  projects?: ProjectEvaluation[];
  glossary?: string[];
}

const money = { type: ['number', 'string'], pattern: '^-?\\d+(\\.\\d+)?$' };
const count = { type: 'integer', minimum: 0 };
const text = { type: 'string' };
const texts = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const obj = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties });

const textOrNumber = { type: ['string', 'number'] };

export const PROFILE_SCHEMA = obj({
  department: text,
  year: { type: 'integer', minimum: 1990 },
  date: text,
  duties: texts,
  organization: texts,
  reasons: obj({
    total: text,
    fiscal: text,
    gpb: text,
    classes: { type: 'object', additionalProperties: text, propertyNames: { pattern: '^\\d{3}$' } },
    items: { type: 'object', additionalProperties: text, propertyNames: { pattern: '^\\d{7}$' } },
    sangong: obj({ total: text, abroad: text, car: text, reception: text }),
    operating: text,
  }),
  budgets: { type: 'object', additionalProperties: money, propertyNames: { pattern: '^\\d{7}$' } },
  sangong: obj({
    budget: obj({ abroad: money, car: money, carBuy: money, carRun: money, reception: money }),
    abroad: obj({ groups: count, people: count }),
    vehicles: obj({ purchased: count, purchaseAmount: money, owned: count, runUse: text }),
    reception: obj({ domestic: obj({ amount: money, batches: count, people: count }), foreign: obj({ amount: money, batches: count, people: count }) }),
  }),
  operating: obj({ amount: money, prior: money }),
  procurement: obj({ goods: money, works: money, services: money, sme: money, small: money }),
  assets: obj({ vehicles: obj({ total: count, leaders: count, confidential: count, emergency: count, other: count, otherUse: text }), equipment: count }),
  performance: texts,
  projects: {
    type: 'array',
    items: obj({
      name: text,
      unit: text,
      funds: obj({ total: money, fiscal: money }),
      goal: text,
      indicators: { type: 'array', items: obj({ level1: text, level2: text, name: text, target: textOrNumber, actual: textOrNumber }) },
      score: textOrNumber,
    }),
  },
  glossary: texts,
});

export class ProfileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => p.key).join('; '));
  }
}


interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: { pattern: string };
  pattern?: string;
  minimum?: number;
  items?: Schema;
  anyOf?: Schema[];
}

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Problems of a value against the profile schema, each naming its field (path); `kinds` are type names, joined when shown. */
function validate(schema: Schema, v: unknown, path: string): Problem[] {
  const field = path;
  const wrongType = (types: (string | undefined)[]): Problem => ({ key: 'profile.type', args: { field, kinds: types.join(',') } });
  if (schema.anyOf) {
    const fits = schema.anyOf.some((s) => validate(s, v, path).length === 0);
    return fits ? [] : [wrongType(schema.anyOf.map((s) => String(s.type)))];
  }
  if (schema.type) {
    const types = [schema.type].flat();
    const t = typeOf(v);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [wrongType(types)];
  }
  const out: Problem[] = [];
  if (schema.pattern && !new RegExp(schema.pattern).test(String(v))) out.push({ key: 'profile.format', args: { field } });
  if (schema.minimum !== undefined && typeof v === 'number' && v < schema.minimum) out.push({ key: 'profile.negative', args: { field } });
  if (Array.isArray(v) && schema.items) v.forEach((x, i) => out.push(...validate(schema.items!, x, `${path}[${i}]`)));
  if (typeOf(v) === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const sub = path ? `${path}.${k}` : k;
      if (schema.propertyNames && !new RegExp(schema.propertyNames.pattern).test(k)) out.push({ key: 'profile.key', args: { field: sub } });
      const s = schema.properties?.[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (s) out.push(...validate(s, x, sub));
      else if (schema.additionalProperties === false) out.push({ key: 'profile.unknown', args: { field: sub } });
    }
  }
  return out;
}

// 【待补充…】, written with escapes: the code holds no sentence of its own
const PLACEHOLDER = /^\s*\u3010\u5f85\u8865\u5145[^\u3011]*\u3011\s*$/;

/** The value without the fields still holding a 【待补充】 placeholder (lists and tables left empty by it go too). */
function unfilled(v: unknown): unknown {
  if (typeof v === 'string') return PLACEHOLDER.test(v) ? undefined : v;
  if (Array.isArray(v)) {
    const kept = v.map(unfilled).filter((x) => x !== undefined);
    return kept.length || !v.length ? kept : undefined;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const u = unfilled(x);
      if (u !== undefined) out[k] = u;
    }
    return Object.keys(out).length || !Object.keys(v).length ? out : undefined;
  }
  return v;
}

export async function loadProfile(file: string): Promise<Profile> {
  let raw: unknown;
  try {
    // the core schema: plain YAML values only (a date-like text stays text)
    const { load, CORE_SCHEMA } = await import('js-yaml');
    raw = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) ?? {};
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ProfileError(file, [err.code === 'ENOENT' ? { key: 'profile.missing' } : { key: 'profile.yaml', args: { reason: err.message.split('\n')[0] } }]);
  }
  // a field left as fa-init wrote it (【待补充】) is a field not given
  raw = unfilled(raw) ?? {};
  // the schema is small and fixed: walking it costs nothing at start-up, unlike compiling it with ajv
  const problems = validate(PROFILE_SCHEMA as Schema, raw, '');
  if (problems.length) throw new ProfileError(file, [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()]);
  const p = raw as Profile & { duties?: string | string[]; organization?: string | string[]; performance?: string | string[]; glossary?: string | string[] };
  const list = (v: string | string[] | undefined) => (v === undefined ? undefined : [v].flat());
  return { ...p, duties: list(p.duties), organization: list(p.organization), performance: list(p.performance), glossary: list(p.glossary) };
}
