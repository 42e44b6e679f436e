// Write docs/rules.md from the rule catalogue.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rulesMarkdown } from '../src/report/list-rules.js';

writeFileSync(resolve(import.meta.dirname, '..', 'docs', 'rules.md'), rulesMarkdown('zh'));
console.log('wrote docs/rules.md');
