// Run the narrative rules over a document, alone or beside its workbook (and last year's).
import type { Finding, WorkbookModel } from '../model/types.js';
import { extractClaims } from '../narrative/claims.js';
import { NarrativeContext } from '../narrative/context.js';
import { Facts } from '../narrative/facts.js';
import type { NarrativeDoc } from '../narrative/model.js';
import type { EngineOptions } from './engine.js';
import { NARRATIVE_RULES } from './narrative-rules.js';

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
