import { FUNCTION_CODES } from '../../data/codes.js';
import { classCodeByName, knownName, nameKey } from '../../model/codes.js';
import { sameAmount } from '../../model/rounding.js';
import { UNIT_FACTOR, type WorkbookModel } from '../../model/types.js';
import type { NarrativeContext } from '../../narrative/context.js';
import { pathKey, type ClassNaming, type NamePart } from '../../narrative/recognize/names.js';
import { defineNarrativeRule } from '../rule.js';

/** Codes and names under a parent: the built-in list, and the workbook's own rows when given. */
function childrenNamed(parent: string, len: number, model?: WorkbookModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, name] of Object.entries(FUNCTION_CODES)) if (code.length === len && code.startsWith(parent)) out.set(code, name);
  for (const t of model?.tables ?? [])
    if (t.key === 'T05' || t.key === 'T03')
      for (const r of t.rows) if (r.code && r.code.length === len && r.code.startsWith(parent) && !out.has(r.code)) out.set(r.code, r.name);
  return out;
}

/** The listed code whose name this one is a shortening or a variant of. */
function closest(stated: string, names: Map<string, string>): [string, string] | undefined {
  const k = nameKey(stated);
  for (const [code, name] of names) if (nameKey(name) === k) return [code, name];
  for (const [code, name] of names) {
    const n = nameKey(name);
    if (n.startsWith(k) || k.startsWith(n) || n.includes(k)) return [code, name];
  }
  return undefined;
}

/** "其他…支出（项）" under a 款 whose list has no such name: the 款's own 其他 item (code xx99). */
function otherItem(stated: string, kuan: string, children: Map<string, string>): [string, string] | undefined {
  if (!stated.startsWith('其他')) return undefined;
  const code = `${kuan}99`;
  const name = children.get(code) ?? knownName('function', code);
  return name ? [code, name] : undefined;
}

/** The workbook's item under the 款 whose amount is the one the text gives this item, when only one has it. */
function byAmount(ctx: NarrativeContext, n: ClassNaming, kuan: string): [string, string] | undefined {
  const t05 = ctx.model?.tables.find((t) => t.key === 'T05');
  const own = ctx.claims.figures.find((f) => f.item === pathKey(n) && f.role === 'figure' && f.money && f.unit === '万元');
  if (!t05 || !own) return undefined;
  const rows = t05.rows.filter((r) => r.code?.length === 7 && r.code.startsWith(kuan) && r.amounts.total && sameAmount(r.amounts.total.value.div(UNIT_FACTOR['万元']).round(2, 1), own.value) !== 'no');
  return rows.length === 1 ? [rows[0].code!, rows[0].name] : undefined;
}

export default defineNarrativeRule(
  {
    id: 'n-class-name',
    severity: 'warning',
    title: { zh: '说明：类、款、项名称与科目编码的规定名称不符', en: 'Narrative: a 类/款/项 name that differs from the code’s official name' },
    rationale: {
      zh: '“{类}（类）{款}（款）{项}（项）”应使用《政府收支分类科目》中的规定名称，如“政府办公厅（室）及相关机构事务（款）”不应写作“政府办公厅（室）及相关机构（款）”。款名不在所属类下、而其项只属于一个款时，按该项判断应为哪个款；“其他……支出（项）”按该款的其他项（xx99）判断；给出公开表时，名称不在科目表中的项按说明所写金额对应公开表中的项。同一项目的同一错误名称只报告一次。',
      en: 'Names in “{class}（类）{款}（款）{item}（项）” are the official ones. A 款 not under its 类 is judged by the 项 after it when that 项 is under one 款 only; “其他…支出（项）” by the 款’s 99 item; with the workbook, an unknown 项 name by the item of the amount the text states. The same wrong name is reported once per item.',
    },
    fix: {
      zh: '使用科目的规定名称。',
      en: 'Use the code\'s official name.',
    },
  },
  (ctx) => {
    const seen = new Set<string>();
    const report = (n: ClassNaming, part: NamePart, code: string, official: string) => {
      // a wrong name is reported once for each item it names
      const key = `${part.text}|${pathKey(n)}`;
      if (nameKey(official) === nameKey(part.text) || seen.has(key)) return;
      seen.add(key);
      const at = part.start;
      ctx.report('default', n.block, [at, at + part.text.length], { stated: part.text, expected: official, code }, { stated: part.text, expected: official });
    };
    for (const n of ctx.claims.names) {
      const cls = classCodeByName(n.lei.text);
      if (!cls || !n.kuan.text) continue;
      // the 款: by its name; else, when its 项 has one 款 under this 类, the 款 that 项 is of
      let kuan = closest(n.kuan.text, childrenNamed(cls, 5, ctx.model));
      if (!kuan && n.xiang) {
        const items = [...childrenNamed(cls, 7, ctx.model)].filter(([, name]) => nameKey(name) === nameKey(n.xiang!.text));
        const parents = new Set(items.map(([code]) => code.slice(0, 5)));
        const parent = parents.size === 1 ? [...parents][0] : undefined;
        const name = parent && (knownName('function', parent) ?? childrenNamed(cls, 5, ctx.model).get(parent));
        if (parent && name) {
          report(n, n.kuan, parent, name);
          kuan = [parent, name];
        }
      }
      if (!kuan) continue;
      report(n, n.kuan, kuan[0], knownName('function', kuan[0]) ?? kuan[1]);
      if (!n.xiang) continue;
      const children = childrenNamed(kuan[0], 7, ctx.model);
      const item = closest(n.xiang.text, children) ?? otherItem(n.xiang.text, kuan[0], children) ?? byAmount(ctx, n, kuan[0]);
      if (item) report(n, n.xiang, item[0], knownName('function', item[0]) ?? item[1]);
    }
  },
);
