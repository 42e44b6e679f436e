// What a rule is: a small module that describes itself and returns findings as data.
import type { Severity } from '../model/types.js';
import type { NarrativeContext } from '../narrative/context.js';
import type { RuleContext } from './context.js';

export interface Text {
  zh: string;
  en: string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** What the rule checks: the relation in a few words. */
  title: Text;
  /** Why it matters, in one paragraph. */
  rationale: Text;
  /** How to fix what it reports. */
  fix: Text;
  /** Tables the rule needs; missing ones skip it. */
  tables?: string[];
  /** Needs last year's workbook. */
  prior?: boolean;
  /** Reader notices are catalogued like rules but produced by the reader. */
  kind?: 'reader' | 'table' | 'cross' | 'sanity' | 'prior' | 'narrative';
  /** Needs the workbook beside the narrative. */
  workbook?: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check?(ctx: RuleContext): void;
  narrative?(ctx: NarrativeContext): void;
}

export function defineRule(meta: RuleMeta, check?: (ctx: RuleContext) => void): Rule {
  return { meta, check };
}

export function defineNarrativeRule(meta: RuleMeta, narrative: (ctx: NarrativeContext) => void): Rule {
  return { meta: { kind: 'narrative', ...meta }, narrative };
}
