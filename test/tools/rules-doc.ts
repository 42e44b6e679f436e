// Write src/rules/README.md from the rule catalogue.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rulesMarkdown } from '../../src/report/list-rules.js';

writeFileSync(resolve(import.meta.dirname, '..', '..', 'src', 'rules', 'README.md'), rulesMarkdown('zh'));
console.log('wrote src/rules/README.md');
