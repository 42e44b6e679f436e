// npm run docs:rules — regenerate the rule reference: src/rules/examples.ts (one real finding per rule,
// produced by running the check) and src/rules/README.md (the page, from the catalogue and those examples).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildExamples, examplesModule } from './rule-examples.js';

const dir = resolve(import.meta.dirname, '..', '..', 'src', 'rules');
writeFileSync(resolve(dir, 'examples.ts'), examplesModule(await buildExamples()));
console.log('wrote src/rules/examples.ts');
// the page reads the examples just written: import it only now
const { rulesMarkdown } = await import('../../src/report/list-rules.js');
writeFileSync(resolve(dir, 'README.md'), rulesMarkdown('zh'));
console.log('wrote src/rules/README.md');
