// The catalogue: every rule module, in report order. --list-rules and src/rules/README.md read this.
import { READER_NOTICES } from '../read/notices.js';
import { NARRATIVE_RULES } from './narrative-rules.js';
import type { Rule } from './rule.js';
import { WORKBOOK_RULES } from './workbook-rules.js';

export { NARRATIVE_RULES, WORKBOOK_RULES };

export const CATALOGUE: Rule[] = [...READER_NOTICES, ...WORKBOOK_RULES, ...NARRATIVE_RULES];

export function ruleById(id: string): Rule | undefined {
  return CATALOGUE.find((r) => r.meta.id === id);
}
