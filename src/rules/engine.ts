// Run the workbook rules over a model: findings as data, plus which rules ran and which were skipped
// for a missing table (the coverage ledger: a check that did not run is never shown as passed).
import type { Finding, Table, WorkbookModel } from '../model/types.js';
import { RuleContext, type Observed, type RuleOptions } from './context.js';
import { WORKBOOK_RULES } from './workbook-rules.js';
import type { Rule } from './rule.js';

export interface EngineOptions extends RuleOptions {
  /** Rule ids turned off. */
  off?: Set<string>;
  rules?: Rule[];
  /** A watching pass: collect the relations touching these cells ("sheet!cell"); no findings. */
  watch?: Set<string>;
}

export interface Coverage {
  /** Rules that ran (on the tables they need). */
  ran: string[];
  /** Rules that did not run, and the tables they lacked. */
  skipped: { rule: string; tables: string[] }[];
}

export interface EngineResult {
  findings: Finding[];
  /** Table key → the rules skipped for want of it. */
  skipped: Map<string, string[]>;
  coverage: Coverage;
  /** With `watch`: every relation through the watched cells, whatever its verdict. */
  observed: Observed[];
}

function runOnce(model: WorkbookModel, prior: WorkbookModel | undefined, options: EngineOptions, only?: string): EngineResult {
  const ctx = new RuleContext(model, prior, options);
  ctx.watch = options.watch;
  const skipped = new Map<string, string[]>();
  const coverage: Coverage = { ran: [], skipped: [] };
  const present = new Set(model.tables.map((t) => t.key));
  for (const rule of options.rules ?? WORKBOOK_RULES) {
    const { meta } = rule;
    if (options.off?.has(meta.id) || !rule.check) continue;
    if (meta.prior && !prior) continue;
    if (only && !(meta.tables ?? []).includes(only)) continue;
    const missing = (meta.tables ?? []).filter((t) => !present.has(t));
    if (missing.length) {
      for (const t of missing) skipped.set(t, [...(skipped.get(t) ?? []), meta.id]);
      coverage.skipped.push({ rule: meta.id, tables: missing });
      continue;
    }
    coverage.ran.push(meta.id);
    ctx.rule = meta.id;
    ctx.severity = meta.severity;
    rule.check(ctx);
  }
  return { findings: ctx.findings, skipped, coverage, observed: ctx.observed };
}

const findingKey = (f: Finding) => JSON.stringify([f.rule, f.messageId, f.location.sheet, f.location.cell, f.stated, f.expected, f.args]);

export function runRules(model: WorkbookModel, prior: WorkbookModel | undefined, options: EngineOptions = {}): EngineResult {
  const result = runOnce(model, prior, options);
  // a second sheet read as the same table with other figures is checked too: the rules that need its
  // table run again with it in place of the first (findings they repeat are kept once)
  const firsts = new Map<string, Table>();
  const twins: Table[] = [];
  for (const t of model.tables) {
    if (!firsts.has(t.key)) firsts.set(t.key, t);
    else twins.push(t);
  }
  if (!twins.length) return result;
  const seen = new Set(result.findings.map(findingKey));
  for (const twin of twins) {
    const first = firsts.get(twin.key)!;
    const tables = model.tables.filter((t) => t !== twin).map((t) => (t === first ? twin : t));
    const again = runOnce({ ...model, tables }, prior, options, twin.key);
    result.observed.push(...again.observed);
    for (const f of again.findings) {
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      result.findings.push(f);
    }
  }
  return result;
}
