// Which cell is wrong: findings that share a cell are grouped under the cell that explains them all,
// never under a cell that another figure confirms.
import { describe, expect, it } from 'vitest';
import { Big } from '../src/model/decimal.js';
import type { Finding, WorkbookModel } from '../src/model/types.js';
import { makeAmount } from '../src/read/amount.js';
import { readWorkbook } from '../src/read/workbook.js';
import { findGroups, type Group } from '../src/rules/culprit.js';
import { runRules } from '../src/rules/engine.js';
import { formatMessage, groupLead } from '../src/report/format-message.js';
import { checkJson, fixture, runCheck } from './helpers.js';

const TYPO = fixture('sample-2024-typo.xlsx');
const LEAD = '最可能错在 公开05表 D10（填写 386.55，按所在行与所在列都应为 396.55）';

describe('the typo fixture (公开05表 D10 typed 386.55 for 396.55)', () => {
  it('text: the first finding of the file is the suspected cell, with the two relations under it', async () => {
    const r = await runCheck([TYPO, '--no-color']);
    const lines = r.stdout.split('\n');
    const first = lines.findIndex((l) => /^\s+(错误|警告|提示)/.test(l));
    expect(lines[first]).toContain(LEAD);
    expect(lines[first + 1]).toMatch(/^\s+· 公开05表 D9/);
    expect(lines.slice(first + 1).join('\n')).toMatch(/· 公开05表 C10「行政运行」合计 396\.55/);
  });

  it('English says the same', async () => {
    const r = await runCheck([TYPO, '--no-color', '--lang', 'en']);
    expect(r.stdout).toContain('Most likely wrong: 公开05表 D10 (written 386.55; its row and its column both give 396.55)');
  });

  it('JSON: one group, D10 its only suspect, both findings in it', async () => {
    const { report } = await checkJson([TYPO]);
    const doc = report as unknown as { groups: { id: number; message: string; suspects: { cell: string; stated: string; readings: { through: string; expected: string }[] }[]; findings: number[] }[] };
    expect(doc.groups).toHaveLength(1);
    const [g] = doc.groups;
    expect(g.message).toContain(LEAD);
    expect(g.suspects.map((s) => s.cell)).toEqual(['D10']);
    expect(g.suspects[0].readings.map((x) => [x.through, x.expected]).sort()).toEqual([['column', '396.55'], ['row', '396.55']]);
    expect(g.findings.map((i) => report.findings[i].location.cell).sort()).toEqual(['C10', 'D9']);
  });

  it('SARIF: the suspected cell is each grouped result’s first location', async () => {
    const r = await runCheck([TYPO, '--format', 'sarif']);
    const results = JSON.parse(r.stdout).runs[0].results.filter((x: { level: string }) => x.level === 'error');
    expect(results).toHaveLength(2);
    for (const x of results) expect(x.locations[0].logicalLocations[0].fullyQualifiedName).toBe('公开05表!D10');
  });
});

/** The sample read once; each fault changes one amount of the model in memory and runs the rules. */
async function faults(file: string): Promise<{ model: WorkbookModel; each: (visit: (cell: string, findings: Finding[], groups: Group[]) => void) => void }> {
  const { model } = await readWorkbook(fixture(file));
  return {
    model: model!,
    each(visit) {
      for (const t of model!.tables)
        for (const row of t.rows)
          for (const [role, a] of Object.entries(row.amounts)) {
            if (!a) continue;
            const shown = a.value.div(t.unit === '元' ? 1 : t.unit === '千元' ? 1000 : 10000).plus(7.31).toFixed(a.decimals);
            row.amounts[role] = makeAmount(new Big(shown), shown, a.unit, a.decimals, a.source.sheet, a.source.cell, { code: a.source.code, row: a.source.row, column: a.source.column });
            try {
              const { findings } = runRules(model!, undefined);
              const groups = findGroups(model!.file, findings, (watch) => runRules(model!, undefined, { watch }).observed);
              visit(`${a.source.sheet}!${a.source.cell}`, findings, groups);
            } finally {
              row.amounts[role] = a;
            }
          }
    },
  };
}

describe('every one-cell fault of the fixtures', () => {
  for (const file of ['sample-2024.xlsx', 'shanghai-style-2024.xlsx']) {
    it(`${file}: a single suspect is always the changed cell, and it is named wherever a row and a column relation both fail through it`, async () => {
      const { each } = await faults(file);
      let rowAndColumn = 0;
      each((cell, findings, groups) => {
        for (const g of groups.filter((x) => x.suspects.length === 1)) expect(`${g.suspects[0].sheet}!${g.suspects[0].cell}`, cell).toBe(cell);
        // a row and a column relation through the changed cell both fail: it is the one suspect
        const through = findings.filter((f) => f.severity === 'error' && f.relation?.operands.some((o) => `${o.sheet}!${o.cell}` === cell));
        const [sheet, address] = cell.split('!');
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
        const onRow = through.some((f) => f.relation!.operands.every((o) => o.sheet === sheet && o.cell.replace(/^[A-Z]+/, '') === row));
        const onColumn = through.some((f) => f.relation!.operands.every((o) => o.sheet === sheet && o.cell.replace(/\d+$/, '') === col));
        if (onRow && onColumn) {
          rowAndColumn++;
          const g = groups.find((x) => x.id === through[0].group);
          expect(g?.suspects.map((s) => `${s.sheet}!${s.cell}`), cell).toEqual([cell]);
        }
      });
      expect(rowAndColumn).toBeGreaterThan(100);
    }, 60000);
  }

  it('no message tells the user to change a cell other than the changed one', async () => {
    const { each } = await faults('sample-2024.xlsx');
    let checked = 0;
    each((cell, findings, groups) => {
      const [sheet, address] = cell.split('!');
      // "应为" (what a cell should be) is said of the changed cell only: a finding at it, or a group naming it
      for (const f of findings.filter((x) => formatMessage(x, 'zh').includes('应为'))) {
        expect(`${f.location.sheet}!${f.location.cell}`, formatMessage(f, 'zh')).toBe(cell);
        checked++;
      }
      for (const g of groups.filter((x) => groupLead(x, 1, 'zh').includes('应为'))) {
        expect(g.suspects.map((x) => `${x.sheet}!${x.cell}`), cell).toContain(cell);
        if (g.suspects.length === 1) expect(groupLead(g, 1, 'zh')).toContain(`最可能错在 ${sheet} ${address}（`);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  }, 60000);
});

describe('grouping without evidence', () => {
  const op = (cell: string, coef: 1 | -1, value: string) => ({ sheet: 'S', cell, coef, value, shown: value, unit: '元' as const, decimals: 0 });
  const sum = (cells: [string, string][], diff: string): Finding => ({
    rule: 'r',
    severity: 'error',
    messageId: 'sum',
    args: {},
    location: { file: 'f', sheet: 'S', cell: cells[0][0] },
    relation: { kind: 'sum', diff, bound: '0', operands: cells.map(([c, v], i) => op(c, i ? -1 : 1, v)) },
  });

  it('a lone relation that nothing else confirms names no cell', () => {
    const groups = findGroups('f', [sum([['A1', '10'], ['A2', '3'], ['A3', '4']], '3')], () => []);
    expect(groups).toEqual([]);
  });

  it('a lone relation whose other figures hold elsewhere names the one left', () => {
    // A2 and A3 each sit in a relation that holds; A1 is in none
    const holding = [
      { kind: 'sum' as const, verdict: 'exact' as const, diff: '0', bound: '0', operands: [op('B2', 1, '3'), op('A2', -1, '3')] },
      { kind: 'sum' as const, verdict: 'exact' as const, diff: '0', bound: '0', operands: [op('B3', 1, '4'), op('A3', -1, '4')] },
    ];
    const groups = findGroups('f', [sum([['A1', '10'], ['A2', '3'], ['A3', '4']], '3')], () => holding);
    expect(groups.map((g) => g.suspects.map((s) => [s.cell, s.readings[0].expected]))).toEqual([[['A1', '7']]]);
  });

  it('two relations that one cell cannot both mend: grouped, no suspect', () => {
    // they share A2, but A2 would have to be 3 higher for one and 5 higher for the other
    const groups = findGroups('f', [sum([['A1', '10'], ['A2', '3']], '7'), sum([['C1', '8'], ['A2', '3']], '5')], () => []);
    expect(groups).toHaveLength(1);
    expect(groups[0].suspects).toEqual([]);
  });
});
