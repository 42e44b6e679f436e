// --format sarif: SARIF 2.1.0, one run, rules from the catalogue. A finding whose group has one
// suspected cell is located there first, then at its own cell.
import { CATALOGUE } from '../rules/index.js';
import { formatMessage, groupLead } from './format-message.js';
import type { Reporter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function uri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export const sarifReport: Reporter = (result, { lang }) => {
  const ruleIndex = new Map(CATALOGUE.map((r, i) => [r.meta.id, i]));
  const artifacts = result.files.map((f) => ({ location: { uri: uri(f.path) } }));
  const artifactIndex = new Map(result.files.map((f, i) => [f.path, i]));
  const groups = new Map(result.groups.map((g) => [g.id, g]));
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
          const artifact = (file: string) => ({ uri: uri(file), ...(artifactIndex.has(file) ? { index: artifactIndex.get(file) } : {}) });
          const at = (file: string, sheet?: string, cell?: string, id?: number) => {
            const where = [sheet, cell].filter(Boolean).join('!');
            return { ...(id !== undefined ? { id } : {}), physicalLocation: { artifactLocation: artifact(file) }, ...(where ? { logicalLocations: [{ fullyQualifiedName: where, kind: 'element' }] } : {}) };
          };
          const own = at(f.location.file, f.location.sheet, f.location.cell);
          const group = f.group !== undefined ? groups.get(f.group) : undefined;
          // the cell suspected of breaking this relation comes first: a viewer jumps there
          const suspect = group?.suspects.length === 1 ? group.suspects[0] : undefined;
          const moved = suspect && (suspect.sheet !== f.location.sheet || suspect.cell !== f.location.cell);
          const locations = moved ? [at(f.location.file, suspect.sheet, suspect.cell), own] : [own];
          const others = group && group.suspects.length > 1 ? group.suspects.map((s, i) => ({ ...at(f.location.file, s.sheet, s.cell, i), message: { text: `${s.sheet}!${s.cell}` } })) : [];
          const lead = group ? groupLead(group, result.findings.filter((m) => m.group === group.id).length, lang) : undefined;
          const properties = {
            ...(f.stated !== undefined || f.expected !== undefined ? { stated: f.stated, expected: f.expected } : {}),
            ...(group ? { group: group.id, groupMessage: lead, suspects: group.suspects.map((s) => `${s.sheet}!${s.cell}`) } : {}),
          };
          return {
            ruleId: f.rule,
            ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: suspect ? `${lead}\n${formatMessage(f, lang)}` : formatMessage(f, lang) },
            locations,
            ...(others.length ? { relatedLocations: others } : {}),
            ...(Object.keys(properties).length ? { properties } : {}),
          };
        }),
      },
    ],
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
