// --format text: grouped by file and table, coloured by severity.
import { Chalk } from 'chalk';
import type { Finding } from '../model/types.js';
import { fill, formatMessage, words } from './format-message.js';
import { printable } from './printable.js';
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
    const head = [c.bold(printable(file.path))];
    if (file.role === 'prior') head.push(w.prior);
    if (file.department || file.year) head.push(printable(`${file.department ?? ''} ${file.year ?? ''}`.trim()));
    if (file.unreadable) head.push(c.red(w.fileUnreadable));
    else if (file.tables.length) head.push(fill(w.fileTables, { count: file.tables.length, tables: file.tables.map((t) => t.key).join(' ') }));
    lines.push(head.join('  '));
    const groups = new Map<string, Finding[]>();
    for (const f of mine) {
      const g = f.location.sheet ?? (f.location.section || (f.location.paragraph ? w.text : file.kind === 'narrative' ? w.generalNarrative : w.general));
      groups.set(g, [...(groups.get(g) ?? []), f]);
    }
    for (const [sheet, list] of groups) {
      lines.push(`  ${c.underline(printable(sheet))}`);
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

/** A note that a relation holds only within rounding (see model/rounding.ts). */
function isRoundingNote(f: Finding): boolean {
  return f.severity === 'info' && /rounding$/.test(f.messageId ?? '');
}
