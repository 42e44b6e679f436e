// Workbook (+ last year's, + profile) + template set → a .docx buffer and the list of gaps.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkbookModel } from '../model/types.js';
import type { Problem } from '../report/say.js';
import { chartsOf } from './charts.js';
import type { RenderInput } from './blocks.js';
import { packDocument, type DocumentPacker } from './pack.js';
import type { Profile } from './profile.js';
import { attachedTables, projectGrid, type ProjectView } from './tables.js';
import { buildView } from './view/index.js';

const BUILT_IN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

export class TemplateError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}

/** A template set: document.md and its partials (every other .md in the folder). */
export function loadTemplates(nameOrDir: string): { main: string; partials: Record<string, string> } {
  const dir = /^[a-z]+$/.test(nameOrDir) && existsSync(join(BUILT_IN, nameOrDir)) ? join(BUILT_IN, nameOrDir) : resolve(nameOrDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new TemplateError({ key: 'template.missing', args: { name: nameOrDir } });
  const file = join(dir, 'document.md');
  if (!existsSync(file)) throw new TemplateError({ key: 'template.noDocument', args: { dir } });
  const partials: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (extname(f) === '.md' && f !== 'document.md') partials[basename(f, '.md')] = readFileSync(join(dir, f), 'utf8').trim();
  return { main: readFileSync(file, 'utf8'), partials };
}

export interface Rendered {
  buffer: Buffer;
  text: string;
  /** What the document was made of (its blocks: blocks.ts). */
  input: RenderInput;
  /** The gaps shown as 【待补充】 in the document. */
  warnings: Problem[];
}

/** `packer`: a writer started early on another thread (pack.ts); by default the document is written here. */
export async function render(model: WorkbookModel, prior: WorkbookModel | undefined, profile: Profile, template: string, packer?: DocumentPacker): Promise<Rendered> {
  const { main, partials } = loadTemplates(template);
  const view = buildView(model, prior, profile);
  const data = view.data;
  const Mustache = (await import('mustache')).default;
  // templates are text, not HTML: nothing to escape; Mustache runs no code from a template
  const text = Mustache.render(main, data, partials, { escape: (s: string) => s });
  const annex = data.annex as { projects: (ProjectView & { title: string })[]; missing: string };
  const input: RenderInput = {
    text,
    charts: chartsOf(data as never),
    tables: attachedTables(model, String(model.department ?? data.dept)),
    projects: annex.projects.map((p) => ({ title: p.title, grid: projectGrid(p) })),
    projectsGap: annex.missing,
  };
  const bytes = await (packer ? packer.pack(input) : packDocument(input));
  return { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), text, input, warnings: view.warnings };
}
