// Run the workbook rules over a model: findings as data, plus the rules skipped for a missing table.
import type { Finding, WorkbookModel } from '../model/types.js';
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

export function runRules(model: WorkbookModel, prior: WorkbookModel | undefined, options: EngineOptions = {}): { findings: Finding[]; skipped: Map<string, string[]>; observed: Observed[] } {
  const ctx = new RuleContext(model, prior, options);
  ctx.watch = options.watch;
  const skipped = new Map<string, string[]>();
  const present = new Set(model.tables.map((t) => t.key));
  for (const rule of options.rules ?? WORKBOOK_RULES) {
    const { meta } = rule;
    if (options.off?.has(meta.id) || !rule.check) continue;
    if (meta.prior && !prior) continue;
    const missing = (meta.tables ?? []).filter((t) => !present.has(t));
    if (missing.length) {
      for (const t of missing) skipped.set(t, [...(skipped.get(t) ?? []), meta.id]);
      continue;
    }
    ctx.rule = meta.id;
    ctx.severity = meta.severity;
    rule.check(ctx);
  }
  return { findings: ctx.findings, skipped, observed: ctx.observed };
}
