// --format text: by file and table, the worst first; a group of findings under the cell suspected
// of causing them; lines wrapped to the terminal (never past 120 columns); a legend and, for a
// batch, the files with errors at the end.
import { Chalk } from 'chalk';
import type { Finding } from '../model/types.js';
import type { Group } from '../rules/culprit.js';
import type { CheckResult } from '../pipeline/check.js';
import { fill, formatMessage, groupLead, words } from './format-message.js';
import { printable } from './printable.js';
import { fileSummary, summaryOf, type Reporter } from './types.js';
import { columns, wrap } from './wrap.js';

const MAX_WIDTH = 120;
const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

type Item = { group: Group; members: Finding[] } | { finding: Finding };

/** A note that a relation holds only within rounding (see model/rounding.ts). */
function isRoundingNote(f: Finding): boolean {
  return f.severity === 'info' && /rounding$/.test(f.messageId ?? '');
}

function worst(list: Finding[]): number {
  return Math.min(...list.map((f) => RANK[f.severity]));
}

/** Sections of a file (a sheet, a narrative section), each with its items, the worst first. */
function sections(mine: Finding[], groups: Map<number, Group>, w: ReturnType<typeof words>, narrative: boolean): [string, Item[]][] {
  const sectionOf = (f: Finding) => f.location.sheet ?? (f.location.section || (f.location.paragraph ? w.text : narrative ? w.generalNarrative : w.general));
  const bySection = new Map<string, Item[]>();
  const add = (name: string, item: Item) => bySection.set(name, [...(bySection.get(name) ?? []), item]);
  const placed = new Set<number>();
  for (const f of mine) {
    const g = f.group !== undefined ? groups.get(f.group) : undefined;
    if (!g) {
      add(sectionOf(f), { finding: f });
      continue;
    }
    if (placed.has(g.id)) continue;
    placed.add(g.id);
    const members = mine.filter((m) => m.group === g.id);
    // a group stands in the table of its suspect (else of its first finding)
    add(g.suspects.length === 1 ? g.suspects[0].sheet : sectionOf(f), { group: g, members });
  }
  const rank = (item: Item) => ('group' in item ? -1 : RANK[item.finding.severity]);
  const list = [...bySection].map(([name, items]): [string, Item[], number] => {
    const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map((x) => x.item);
    return [name, sorted, Math.min(...items.map((item) => ('group' in item ? worst(item.members) : RANK[item.finding.severity])))];
  });
  return list
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s[2] - b.s[2] || a.i - b.i)
    .map(({ s }) => [s[0], s[1]]);
}

export const textReport: Reporter = (result, { lang, color, verbose, width }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = words(lang);
  const W = Math.min(MAX_WIDTH, Math.max(40, width ?? MAX_WIDTH));
  const paint: Record<Finding['severity'], (s: string) => string> = { error: (s) => c.red.bold(s), warning: (s) => c.yellow.bold(s), info: (s) => c.cyan(s) };
  const lines: string[] = [];
  /** One entry: indent, an optional severity tag, the text and its rule; wrapped under the text. */
  const emit = (indent: number, severity: Finding['severity'] | undefined, text: string, rule?: string, bullet = '') => {
    const tag = severity ? w[severity] : '';
    const head = ' '.repeat(indent) + (tag ? `${tag}  ` : '') + bullet;
    // names from the input (sheets, cells) are written out, never obeyed (printable.ts)
    const wrapped = wrap(head + printable(text) + (rule ? `  [${rule}]` : ''), W, columns(head));
    if (severity) wrapped[0] = wrapped[0].replace(tag, paint[severity](tag));
    if (rule) wrapped[wrapped.length - 1] = wrapped[wrapped.length - 1].replace(`[${rule}]`, c.dim(`[${rule}]`));
    lines.push(...wrapped);
  };
  const groups = new Map(result.groups.map((g) => [g.id, g]));
  for (const file of result.files) {
    const mine = result.findings.filter((f) => f.location.file === file.path);
    const path = printable(file.path);
    const head = [path];
    if (file.role === 'prior') head.push(w.prior);
    if (file.department || file.year) head.push(printable(`${file.department ?? ''} ${file.year ?? ''}`.trim()));
    if (file.unreadable) head.push(w.fileUnreadable);
    else if (file.tables.length) head.push(fill(w.fileTables, { count: file.tables.length, tables: file.tables.map((t) => t.key).join(' ') }));
    const heading = wrap(head.join('  '), W, 2);
    heading[0] = heading[0].replace(path, c.bold(path)).replace(w.fileUnreadable, c.red(w.fileUnreadable));
    lines.push(...heading);
    for (const l of recognition(file, w)) lines.push(...wrap(printable(l), W, 4).map((x) => c.dim(x)));
    for (const [name, items] of sections(mine, groups, w, file.kind === 'narrative')) {
      lines.push(`  ${c.underline(printable(name))}`);
      const findings = items.filter((i): i is { finding: Finding } => 'finding' in i).map((i) => i.finding);
      // rounding notes are many and harmless: one line per section names their cells, unless --verbose
      const rounding = verbose ? [] : findings.filter(isRoundingNote);
      const fold = rounding.length > 1;
      for (const item of items) {
        if ('group' in item) {
          const sev = (['error', 'warning', 'info'] as const)[worst(item.members)];
          emit(4, sev, groupLead(item.group, item.members.length, lang));
          const pad = 4 + columns(w[sev]) + 2;
          for (const f of item.members) emit(pad, undefined, formatMessage(f, lang), f.rule, '· ');
        } else if (!(fold && isRoundingNote(item.finding))) emit(4, item.finding.severity, formatMessage(item.finding, lang), item.finding.rule);
      }
      if (fold) {
        const places = [...new Set(rounding.map((f) => f.location.cell ?? fill(w.paragraphAt, { paragraph: f.location.paragraph })))];
        emit(4, 'info', fill(w.roundingFolded, { count: rounding.length, places: places.join(' ') }));
      }
    }
    if (!mine.length && !file.unreadable) lines.push(`  ${c.green(w.noFindings)}`);
    else if (result.files.length > 1) lines.push(`  ${c.dim(fill(w.fileSummary, fileSummary(result, file.path)))}`);
  }
  if (result.findings.some((f) => f.relation || isRoundingNote(f))) lines.push('', ...wrap(w.legend, W, 0).map((l) => c.dim(l)));
  lines.push(...failingFiles(result, w, W));
  const s = summaryOf(result);
  const summary = fill(w.summary, s);
  lines.push('', s.errors ? c.red.bold(summary) : s.warnings ? c.yellow(summary) : c.green(summary));
  return lines.join('\n') + '\n';
};

/** For a batch: the files with errors, with their counts, the most errors first. */
function failingFiles(result: CheckResult, w: ReturnType<typeof words>, W: number): string[] {
  const checked = result.files.filter((f) => f.role !== 'prior');
  if (checked.length < 2) return [];
  const rows = checked
    .map((f, i) => ({ f, i, n: fileSummary(result, f.path) }))
    .filter((r) => r.n.errors > 0)
    .sort((a, b) => b.n.errors - a.n.errors || a.i - b.i);
  if (!rows.length) return [];
  const cw = Math.max(columns(w.error), columns(w.warning), String(rows[0].n.errors).length);
  const cell = (s: string) => ' '.repeat(Math.max(0, cw - columns(s))) + s;
  const out = ['', fill(w.failingFiles, { count: rows.length, files: checked.length }), `  ${cell(w.error)}  ${cell(w.warning)}  ${w.fileColumn}`];
  for (const r of rows) out.push(...wrap(`  ${cell(String(r.n.errors))}  ${cell(String(r.n.warnings))}  ${r.f.path}`, W, 2 + 2 * (cw + 2)));
  return out;
}

type Words = ReturnType<typeof words>;

/** How each sheet was read, the sheets not used and why, and which relations ran (the coverage ledger). */
function recognition(file: CheckResult['files'][number], w: Words): string[] {
  const out: string[] = [];
  const sheets = file.sheets ?? [];
  const list = (items: string[]) => items.join(w.listSep);
  for (const [by, line] of [['title', w.sheetsRead], ['sheet', w.sheetsByName], ['signature', w.sheetsBySignature]] as const) {
    const read = sheets.filter((s) => s.table && s.by === by);
    if (read.length) out.push(fill(line, { list: list(read.map((s) => fill(w.sheetRead, { key: s.table!, sheet: s.sheet }))) }));
  }
  const unused = sheets.filter((s) => s.skipped);
  if (unused.length) {
    const reason = (s: (typeof sheets)[number]) => fill(w[`unused.${s.skipped}` as keyof Words], { tried: s.tried ?? '', missing: list(s.missing ?? []), other: s.other ?? '' });
    out.push(fill(w.sheetsUnused, { list: list(unused.map((s) => fill(w.sheetUnused, { sheet: s.sheet, reason: reason(s) }))) }));
  }
  const cov = file.coverage;
  if (cov) {
    if (!cov.skipped.length) out.push(fill(w.coverageAll, { ran: cov.ran.length }));
    else out.push(fill(w.coverageSome, { ran: cov.ran.length, count: cov.skipped.length, list: list(cov.skipped.map((s) => fill(w.coverageSkipped, { rule: s.rule, tables: list(s.tables) }))) }));
  }
  return out;
}
