// What checking one input is: read (file → model) → rules (model → findings), config applied. A job
// is a short list of steps that belong together (last year's workbook, the workbook, its narrative);
// it runs on a worker thread (sandbox.ts) so that one file's time and memory are bounded, or here.
import type { Config } from '../config/config.js';
import { applyConfig } from '../config/config.js';
import type { TableDef } from '../data/tables.js';
import type { Finding, WorkbookModel } from '../model/types.js';
import { limits } from '../read/limits.js';
import { readNarrative } from '../read/narrative/index.js';
import { readWorkbook } from '../read/workbook.js';
import { findGroups, type Group } from '../rules/culprit.js';
import { runRules, type Coverage } from '../rules/engine.js';
import type { FileView } from '../report/page-data.js';
import { runNarrativeRules } from '../rules/narrative-engine.js';
import type { FileReport } from './check.js';

export type Step =
  /** Last year's workbook: its model serves the steps after it; only its unreadability is reported. */
  | { kind: 'prior'; path: string; quiet?: boolean }
  | { kind: 'workbook'; path: string }
  /** A narrative, checked beside the workbook (and prior) read before it in the job, if any. */
  | { kind: 'narrative'; path: string };

/** The outcome of one step: what goes into the report for its file. */
export interface StepResult {
  files: FileReport[];
  findings: Finding[];
  /** The step's groups of findings sharing a cell, numbered from 1 (check() renumbers them). */
  groups?: Group[];
  /** For the HTML report. */
  views?: FileView[];
  unreadable: boolean;
}

export interface Job {
  steps: Step[];
  config?: Config;
  /** Keep what the HTML report draws. */
  views?: boolean;
}

export function fileReport(path: string, model: WorkbookModel | undefined, unreadable?: string, role?: 'prior'): FileReport {
  return {
    path,
    kind: 'workbook',
    role,
    department: model?.department,
    year: model?.year,
    tables: model?.tables.map((t) => ({ key: t.key, sheet: t.sheet, title: t.title })) ?? [],
    unrecognised: model?.unrecognised ?? [],
    hidden: model?.hidden ?? [],
    unreadable,
    ...(model?.sheets ? { sheets: model.sheets } : {}),
  };
}

/** Config severities and "off", the edition's table set, and the skipped-rule lists. */
export function settle(findings: Finding[], cfg: Config | undefined, skipped: Map<string, string[]>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = cfg?.rules[f.rule];
    if (setting === 'off') continue;
    if (f.rule === 'read-table-missing') {
      const key = f.location.table ?? '';
      if (cfg && !cfg.tables.includes(key)) continue;
      f.args = { ...f.args, skipped: (skipped.get(key) ?? []).join('、') || '—' };
    }
    // a configured severity replaces the rule's own; rounding notes stay notes
    if (setting && f.severity !== 'info') out.push({ ...f, severity: setting });
    else out.push(f);
  }
  return out;
}

function cellOrder(cell: string | undefined): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
  if (!m) return [0, 0];
  return [+m[2], [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}

/** Stable report order: by sheet as the workbook has them, then row, then column. */
function sortFindings(findings: Finding[], model: WorkbookModel | undefined): Finding[] {
  const sheetIndex = new Map<string, number>((model?.tables ?? []).map((t, i) => [t.sheet, i]));
  const keyed = findings.map((f, i) => ({ f, i, s: f.location.sheet ? (sheetIndex.get(f.location.sheet) ?? 999) : -1, c: cellOrder(f.location.cell) }));
  keyed.sort((a, b) => a.s - b.s || a.c[0] - b.c[0] || a.c[1] - b.c[1] || a.i - b.i);
  return keyed.map((k) => k.f);
}

export interface Checked {
  report: FileReport;
  findings: Finding[];
  /** Numbered from 1 within the file. */
  groups: Group[];
  model?: WorkbookModel;
  view?: FileView;
}

/** One workbook: read, rules, config applied, findings in report order. */
export async function checkWorkbook(path: string, defs: TableDef[], prior: WorkbookModel | undefined, config: Config | undefined, views = false): Promise<Checked> {
  const res = await readWorkbook(path, { defs });
  let findings = res.findings;
  let skipped = new Map<string, string[]>();
  let coverage: Coverage | undefined;
  let groups: Group[] = [];
  if (res.model) {
    const model = res.model;
    const off = new Set(Object.entries(config?.rules ?? {}).filter(([, v]) => v === 'off').map(([k]) => k));
    const ran = runRules(model, prior, { off, yoyThreshold: config?.yoyThreshold });
    findings = [...findings, ...ran.findings];
    skipped = ran.skipped;
    coverage = ran.coverage;
    // only when a relation fails: the rules run once more, watching its cells
    groups = findGroups(path, ran.findings, (watch) => runRules(model, prior, { off, yoyThreshold: config?.yoyThreshold, watch }).observed);
  }
  const report = fileReport(path, res.model, res.unreadable);
  if (coverage) report.coverage = coverage;
  const view = views ? (await import('../report/page-data.js')).workbookView(path, res.model) : undefined;
  return { report, findings: sortFindings(settle(findings, config, skipped), res.model), groups, model: res.model, view };
}

async function checkNarrative(path: string, model: WorkbookModel | undefined, prior: WorkbookModel | undefined, cfg: Config | undefined, views = false): Promise<StepResult> {
  const res = await readNarrative(path);
  const files: FileReport[] = [{ path, kind: 'narrative', year: res.doc?.year, tables: [], unrecognised: [], hidden: [], unreadable: res.unreadable }];
  const view = views ? { views: [(await import('../report/page-data.js')).narrativeView(path, res.doc)] } : {};
  if (res.unreadable || !res.doc) return { files, findings: res.findings, unreadable: true, ...view };
  const off = new Set(Object.entries(cfg?.rules ?? {}).filter(([, v]) => v === 'off').map(([k]) => k));
  const findings = runNarrativeRules(res.doc, model, prior, { off });
  findings.sort((a, b) => (a.location.paragraph ?? 0) - (b.location.paragraph ?? 0));
  return { files, findings: settle(findings, cfg, new Map()), unreadable: false, ...view };
}

/**
 * At most FA_MAX_FINDINGS findings of one file go into the report, and a warning counting the rest:
 * past that many, the file was misread as a whole, and a report of millions of lines (and the
 * memory it takes) helps nobody.
 */
export function capFindings(result: StepResult, limit = limits().findings): StepResult {
  if (result.findings.length <= limit) return result;
  const file = result.files[0]?.path ?? result.findings[0].location.file;
  const notice: Finding = { rule: 'read-findings-truncated', severity: 'warning', args: { count: String(result.findings.length), limit: String(limit) }, location: { file } };
  return { ...result, findings: [...result.findings.slice(0, limit), notice] };
}

/**
 * Run a job's steps in order, saying when each starts (so that a budget is kept per file) and
 * handing over each result as soon as it is there (so that a later step's failure loses nothing).
 */
export async function runJob(job: Job, on: { start(step: number): void; done(step: number, result: StepResult): void }): Promise<void> {
  const defs = applyConfig(job.config);
  let prior: WorkbookModel | undefined;
  let model: WorkbookModel | undefined;
  for (const [i, step] of job.steps.entries()) {
    on.start(i);
    if (step.kind === 'prior') {
      const res = await readWorkbook(step.path, { defs });
      prior = res.model;
      on.done(i, {
        files: step.quiet ? [] : [fileReport(step.path, res.model, res.unreadable, 'prior')],
        findings: step.quiet || !res.unreadable ? [] : res.findings.filter((f) => f.rule === 'input-unreadable'),
        unreadable: !step.quiet && !!res.unreadable,
      });
    } else if (step.kind === 'workbook') {
      const one = await checkWorkbook(step.path, defs, prior, job.config, job.views);
      model = one.model;
      on.done(i, capFindings({ files: [one.report], findings: one.findings, groups: one.groups, ...(one.view ? { views: [one.view] } : {}), unreadable: !!one.report.unreadable }));
    } else on.done(i, capFindings(await checkNarrative(step.path, model, prior, job.config, job.views)));
  }
}
