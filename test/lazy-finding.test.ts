// A sum finding makes its cell lists (related, relation) when first read (rules/context.ts): they
// must reach JSON, a spread copy and a worker's structured clone like plain properties.
import { expect, it } from 'vitest';
import { readWorkbook } from '../src/read/workbook.js';
import { runRules } from '../src/rules/engine.js';
import { variant } from './helpers.js';

it('a sum finding carries its related cells and relation through JSON, a spread and structuredClone', async () => {
  const file = await variant('sample-2024.xlsx', { 公开05表: { C10: 397.55, D10: 397.55 } });
  const { findings } = runRules((await readWorkbook(file)).model!, undefined);
  const f = findings.find((x) => x.rule === 'hierarchy' && x.location.sheet === '公开05表' && x.location.cell === 'C9')!;
  expect(f).toBeDefined();
  const keys = Object.keys(f);
  expect(keys.indexOf('related')).toBe(keys.indexOf('expected') + 1);
  expect(keys.indexOf('relation')).toBe(keys.indexOf('related') + 1);
  const json = JSON.parse(JSON.stringify(f));
  expect(json.related.length).toBeGreaterThan(1);
  expect(json.related.some((r: { cell: string }) => r.cell === 'C10')).toBe(true);
  expect(json.relation.operands[0]).toMatchObject({ sheet: '公开05表', cell: 'C9', coef: 1 });
  expect(json.relation.operands).toHaveLength(json.related.length + 1);
  expect(structuredClone(f)).toEqual(json);
  expect({ ...f }).toEqual(json);
  // assigning replaces the list (the report code may set it)
  f.related = [];
  expect(JSON.parse(JSON.stringify(f)).related).toEqual([]);
});
