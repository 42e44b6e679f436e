// The department profile (YAML): what no table holds. Validated against a JSON Schema, every wrong
// field named in Chinese.
import { readFileSync } from 'node:fs';

export interface Profile {
  department?: string;
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
    vehicles?: { purchased?: number; purchaseAmount?: number | string; owned?: number };
    reception?: { domestic?: { amount?: number | string; batches?: number; people?: number }; foreign?: { amount?: number | string; batches?: number; people?: number } };
  };
  operating?: { amount?: number | string; prior?: number | string };
  procurement?: { goods?: number | string; works?: number | string; services?: number | string; sme?: number | string; small?: number | string };
  assets?: { vehicles?: { total?: number; leaders?: number; confidential?: number; emergency?: number; other?: number }; equipment?: number };
  performance?: string[];
  glossary?: string[];
}

const money = { type: ['number', 'string'], pattern: '^-?\\d+(\\.\\d+)?$' };
const count = { type: 'integer', minimum: 0 };
const text = { type: 'string' };
const texts = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const obj = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties });

export const PROFILE_SCHEMA = obj({
  department: text,
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
    vehicles: obj({ purchased: count, purchaseAmount: money, owned: count }),
    reception: obj({ domestic: obj({ amount: money, batches: count, people: count }), foreign: obj({ amount: money, batches: count, people: count }) }),
  }),
  operating: obj({ amount: money, prior: money }),
  procurement: obj({ goods: money, works: money, services: money, sme: money, small: money }),
  assets: obj({ vehicles: obj({ total: count, leaders: count, confidential: count, emergency: count, other: count }), equipment: count }),
  performance: texts,
  glossary: texts,
});

export class ProfileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.join('; '));
  }
}

const KIND: Record<string, string> = { string: '文本', number: '数字', integer: '整数', array: '列表', object: '键值表' };

export async function loadProfile(file: string): Promise<Profile> {
  let raw: unknown;
  try {
    const { parse } = await import('yaml');
    raw = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ProfileError(file, [err.code === 'ENOENT' ? '文件不存在' : `不是有效的 YAML：${err.message.split('\n')[0]}`]);
  }
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(PROFILE_SCHEMA);
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map((e) => {
      const field = (e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '（顶层）') + (e.keyword === 'additionalProperties' ? `.${(e.params as { additionalProperty: string }).additionalProperty}` : '');
      switch (e.keyword) {
        case 'additionalProperties':
          return `${field}：未知字段`;
        case 'type':
          return `${field}：应为${[(e.params as { type: string | string[] }).type].flat().map((t) => KIND[t] ?? t).join('或')}`;
        case 'pattern':
          return `${field}：格式不对（金额写数字，如 396.55）`;
        case 'propertyNames':
          return `${field}：键应为科目编码`;
        case 'minimum':
          return `${field}：不能为负数`;
        default:
          return `${field}：${e.message ?? '取值无效'}`;
      }
    });
    throw new ProfileError(file, [...new Set(problems.filter((p) => !/anyOf|must match/.test(p)))]);
  }
  const p = raw as Profile & { duties?: string | string[]; organization?: string | string[]; performance?: string | string[]; glossary?: string | string[] };
  const list = (v: string | string[] | undefined) => (v === undefined ? undefined : [v].flat());
  return { ...p, duties: list(p.duties), organization: list(p.organization), performance: list(p.performance), glossary: list(p.glossary) };
}
