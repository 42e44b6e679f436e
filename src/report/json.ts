// --format json: { files, groups, findings, summary }. Schema: report.schema.json beside this file.
import { formatMessage, groupLead } from './format-message.js';
import { fileSummary, summaryOf, type Reporter } from './types.js';

export const jsonReport: Reporter = (result, { lang }) => {
  const doc = {
    files: result.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      ...(f.role ? { role: f.role } : {}),
      ...(f.department ? { department: f.department } : {}),
      ...(f.year ? { year: f.year } : {}),
      tables: f.tables,
      unrecognised: f.unrecognised,
      hidden: f.hidden,
      ...(f.sheets ? { sheets: f.sheets } : {}),
      ...(f.coverage ? { coverage: f.coverage } : {}),
      ...(f.unreadable ? { unreadable: f.unreadable } : {}),
      summary: fileSummary(result, f.path),
    })),
    // findings that share a cell, led by the cell suspected of causing them
    groups: result.groups.map((g) => {
      const members = result.findings.flatMap((f, i) => (f.group === g.id ? [i] : []));
      return {
        id: g.id,
        file: g.file,
        message: groupLead(g, members.length, lang),
        suspects: g.suspects,
        findings: members,
      };
    }),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: formatMessage(f, lang),
      location: Object.fromEntries(Object.entries(f.location).filter(([, v]) => v !== undefined && v !== '')),
      ...(f.stated !== undefined ? { stated: f.stated } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.related?.length ? { related: f.related } : {}),
      ...(f.group !== undefined ? { group: f.group } : {}),
    })),
    summary: summaryOf(result),
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
