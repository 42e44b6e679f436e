// Run the workbook rules over a model: findings as data, plus the rules skipped for a missing table.
import type { Finding, WorkbookModel } from '../model/types.js';
import { RuleContext, type RuleOptions } from './context.js';
import { NARRATIVE_RULES, WORKBOOK_RULES } from './index.js';
import { extractClaims } from '../narrative/claims.js';
import { NarrativeContext } from '../narrative/context.js';
import { Facts } from '../narrative/facts.js';
import type { NarrativeDoc } from '../narrative/model.js';
import type { Rule } from './rule.js';

export interface EngineOptions extends RuleOptions {
  /** Rule ids turned off. */
  off?: Set<string>;
  rules?: Rule[];
}

export function runRules(model: WorkbookModel, prior: WorkbookModel | undefined, options: EngineOptions = {}): { findings: Finding[]; skipped: Map<string, string[]> } {
  const ctx = new RuleContext(model, prior, options);
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
  return { findings: ctx.findings, skipped };
}

/** Run the narrative rules over a document, alone or beside its workbook (and last year's). */
export function runNarrativeRules(doc: NarrativeDoc, model: WorkbookModel | undefined, prior: WorkbookModel | undefined, options: EngineOptions = {}): Finding[] {
  const claims = extractClaims(doc);
  const ctx = new NarrativeContext(doc, claims, new Facts(claims, doc.year), model, prior);
  for (const rule of NARRATIVE_RULES) {
    const { meta } = rule;
    if (options.off?.has(meta.id) || !rule.narrative) continue;
    if (meta.workbook && !model) continue;
    ctx.rule = meta.id;
    ctx.severity = meta.severity;
    rule.narrative(ctx);
  }
  return ctx.findings;
}
