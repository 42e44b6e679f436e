// fa-render's steps, from the files named on the command line to OUT.docx: read the profile and the
// workbooks, run the workbook rules, render, write. What it says goes to `err`, a sentence a line.
import { resolve } from 'node:path';
import { clean } from '../model/text.js';
import type { Finding, WorkbookModel } from '../model/types.js';
import { readWorkbook } from '../read/workbook.js';
import { say, sayProblem, type Lang, type Problem } from '../report/say.js';
import { runRules } from '../rules/engine.js';
import { atomicWrite } from '../util/atomic-write.js';
import { outputMessage } from '../cli/output.js';
import type { DocumentPacker } from './pack.js';
import { ProfileError, loadProfile, type Profile } from './profile.js';
import { TemplateError, render } from './render.js';

export interface RenderRequest {
  workbook: string;
  prior?: string;
  profile?: string;
  template: string;
  /** OUT as given, for messages, and resolved. */
  output: string;
  out: string;
  force: boolean;
  allowErrors: boolean;
  cwd: string;
  lang: Lang;
  /** --debug: output errors also give the system's code. */
  debug?: boolean;
}

export interface RenderOutcome {
  code: number;
  /** A profile with problems: the heading for them and the problems, for the command to list. */
  profileProblems?: { heading: string; problems: Problem[] };
}

/** The profile says it is for another department or year than the workbook (warnings, not errors). */
export function profileMismatch(profile: Profile, model: WorkbookModel): Problem[] {
  const out: Problem[] = [];
  const a = profile.department && clean(profile.department);
  const b = model.department && clean(model.department);
  // one name may hold the other ("…办事处" and "…办事处本级"): only names that share nothing differ
  if (a && b && !a.includes(b) && !b.includes(a)) out.push({ key: 'render.profileDept', args: { profile: profile.department!, workbook: model.department! } });
  if (profile.year && model.year && profile.year !== model.year) out.push({ key: 'render.profileYear', args: { profile: String(profile.year), workbook: String(model.year) } });
  return out;
}

export async function renderFiles(req: RenderRequest, packer: DocumentPacker, err: (text: string) => void): Promise<RenderOutcome> {
  const { lang } = req;
  const t = (key: string, args?: Record<string, string | number>) => say(lang, key, args);
  const line = (message: string) => err(t('common.line', { cmd: 'fa-render', message }));
  let profile: Profile = {};
  if (req.profile) {
    try {
      profile = await loadProfile(resolve(req.cwd, req.profile));
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      return { code: 2, profileProblems: { heading: t('render.profileInvalid', { cmd: 'fa-render', file: req.profile }), problems: e.problems } };
    }
  }
  // findings become sentences only when there are some to show: the catalogue loads every rule
  const sentence = async (f: Finding) => (await import('../report/format-message.js')).formatMessage(f, lang);
  const read = async (file: string) => {
    const r = await readWorkbook(resolve(req.cwd, file));
    if (!r.model) for (const f of r.findings) line(await sentence(f));
    return r;
  };
  const now = await read(req.workbook);
  const model = now.model;
  if (!model) return { code: 2 };
  // a workbook without any of the nine tables would be a document of gaps: nothing to render from
  if (!model.tables.some((x) => x.core)) {
    line(t('render.noTables', { file: req.workbook }));
    return { code: 2 };
  }
  for (const w of profileMismatch(profile, model)) err(t(w.key, w.args));
  let prior: WorkbookModel | undefined;
  if (req.prior) {
    prior = (await read(req.prior)).model;
    if (!prior) return { code: 2 };
  }
  // with a writer thread, the document is made there while the rules run here; it is only
  // written to OUT once they have passed
  const start = () => render(model, prior, profile, req.template, packer);
  const early = packer.parallel ? start() : undefined;
  early?.catch(() => undefined);
  const errors = [...now.findings, ...runRules(model, prior).findings].filter((f) => f.severity === 'error');
  if (errors.length) {
    const lines = await Promise.all(errors.map(async (f) => `  ${await sentence(f)}`));
    err(`${t('render.workbookErrors', { cmd: 'fa-render', count: errors.length })}\n${lines.join('\n')}`);
    if (!req.allowErrors) {
      err(t('render.notWritten'));
      return { code: 1 };
    }
  }
  let rendered;
  try {
    rendered = await (early ?? start());
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    line(sayProblem(lang, e.problem));
    return { code: 2 };
  }
  try {
    atomicWrite(req.out, rendered.buffer, req.force);
  } catch (e) {
    line(outputMessage(lang, req.output, e, !!req.debug));
    return { code: 2 };
  }
  for (const w of rendered.warnings) err(t('render.gap', { what: sayProblem(lang, w) }));
  const n = rendered.warnings.length;
  err(t(n ? 'render.writtenGaps' : 'render.written', { file: req.output, count: n }));
  return { code: 0 };
}
