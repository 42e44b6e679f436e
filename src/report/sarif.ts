// --format sarif: SARIF 2.1.0, one run, rules from the catalogue.
import { CATALOGUE } from '../rules/index.js';
import { formatMessage } from './format-message.js';
import type { Reporter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function uri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export const sarifReport: Reporter = (result, { lang }) => {
  const ruleIndex = new Map(CATALOGUE.map((r, i) => [r.meta.id, i]));
  const artifacts = result.files.map((f) => ({ location: { uri: uri(f.path) } }));
  const artifactIndex = new Map(result.files.map((f, i) => [f.path, i]));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fa-check',
            informationUri: 'https://example.invalid/fa',
            rules: CATALOGUE.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.title[lang] },
              fullDescription: { text: r.meta.rationale[lang] },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
            })),
          },
        },
        artifacts,
        results: result.findings.map((f) => {
          const where = [f.location.sheet, f.location.cell].filter(Boolean).join('!');
          return {
            ruleId: f.rule,
            ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: formatMessage(f, lang) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(f.location.file), ...(artifactIndex.has(f.location.file) ? { index: artifactIndex.get(f.location.file) } : {}) },
                },
                ...(where ? { logicalLocations: [{ fullyQualifiedName: where, kind: 'element' }] } : {}),
              },
            ],
            ...(f.stated !== undefined || f.expected !== undefined ? { properties: { stated: f.stated, expected: f.expected } } : {}),
          };
        }),
      },
    ],
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
