// --format text: grouped by file and table, coloured by severity.
import { Chalk } from 'chalk';
import type { Finding } from '../model/types.js';
import { fill, formatMessage, words } from './format-message.js';
import type { CheckResult } from '../pipeline/check.js';
import { fileSummary, summaryOf, type Reporter } from './types.js';

export const textReport: Reporter = (result, { lang, color, verbose }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = words(lang);
  const tag: Record<Finding['severity'], string> = {
    error: c.red.bold(w.error),
    warning: c.yellow.bold(w.warning),
    info: c.cyan(w.info),
  };
  const lines: string[] = [];
  for (const file of result.files) {
    const mine = result.findings.filter((f) => f.location.file === file.path);
    const head = [c.bold(file.path)];
    if (file.role === 'prior') head.push(w.prior);
    if (file.department || file.year) head.push(`${file.department ?? ''} ${file.year ?? ''}`.trim());
    if (file.unreadable) head.push(c.red(w.fileUnreadable));
    else if (file.tables.length) head.push(fill(w.fileTables, { count: file.tables.length, tables: file.tables.map((t) => t.key).join(' ') }));
    lines.push(head.join('  '));
    lines.push(...recognition(file, w).map((l) => c.dim(l)));
    const groups = new Map<string, Finding[]>();
    for (const f of mine) {
      const g = f.location.sheet ?? (f.location.section || (f.location.paragraph ? w.text : file.kind === 'narrative' ? w.generalNarrative : w.general));
      groups.set(g, [...(groups.get(g) ?? []), f]);
    }
    for (const [sheet, list] of groups) {
      lines.push(`  ${c.underline(sheet)}`);
      // rounding notes are many and harmless: one line per sheet names their cells, unless --verbose
      const rounding = verbose ? [] : list.filter(isRoundingNote);
      for (const f of rounding.length > 1 ? list.filter((f) => !isRoundingNote(f)) : list) lines.push(`    ${tag[f.severity]}  ${formatMessage(f, lang)}  ${c.dim(`[${f.rule}]`)}`);
      if (rounding.length > 1) {
        const places = [...new Set(rounding.map((f) => f.location.cell ?? fill(w.paragraphAt, { paragraph: f.location.paragraph })))];
        lines.push(`    ${tag.info}  ${fill(w.roundingFolded, { count: rounding.length, places: places.join(' ') })}`);
      }
    }
    if (!mine.length && !file.unreadable) lines.push(`  ${c.green(w.noFindings)}`);
    else if (result.files.length > 1) lines.push(`  ${c.dim(fill(w.fileSummary, fileSummary(result, file.path)))}`);
  }
  const s = summaryOf(result);
  const summary = fill(w.summary, s);
  lines.push('', s.errors ? c.red.bold(summary) : s.warnings ? c.yellow(summary) : c.green(summary));
  return lines.join('\n') + '\n';
};

type Words = ReturnType<typeof words>;

/** How each sheet was read, the sheets not used and why, and which relations ran (the coverage ledger). */
function recognition(file: CheckResult['files'][number], w: Words): string[] {
  const out: string[] = [];
  const sheets = file.sheets ?? [];
  for (const [by, line] of [['title', w.sheetsRead], ['sheet', w.sheetsByName], ['signature', w.sheetsBySignature]] as const) {
    const read = sheets.filter((s) => s.table && s.by === by);
    if (read.length) out.push(fill(line, { list: read.map((s) => fill(w.sheetRead, { key: s.table!, sheet: s.sheet })).join('、') }));
  }
  const unused = sheets.filter((s) => s.skipped);
  if (unused.length) {
    const reason = (s: (typeof sheets)[number]) => fill(w[`unused.${s.skipped}` as keyof Words], { tried: s.tried ?? '', missing: (s.missing ?? []).join('、'), other: s.other ?? '' });
    out.push(fill(w.sheetsUnused, { list: unused.map((s) => fill(w.sheetUnused, { sheet: s.sheet, reason: reason(s) })).join('、') }));
  }
  const cov = file.coverage;
  if (cov) {
    if (!cov.skipped.length) out.push(fill(w.coverageAll, { ran: cov.ran.length }));
    else out.push(fill(w.coverageSome, { ran: cov.ran.length, count: cov.skipped.length, list: cov.skipped.map((s) => fill(w.coverageSkipped, { rule: s.rule, tables: s.tables.join('、') })).join('、') }));
  }
  return out;
}

/** A note that a relation holds only within rounding (see model/rounding.ts). */
function isRoundingNote(f: Finding): boolean {
  return f.severity === 'info' && /rounding$/.test(f.messageId ?? '');
}
