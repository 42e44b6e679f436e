// fa-render's pages as a word processor lays them out: the rendered sample (both templates, with and
// without a profile) converted to PDF by LibreOffice and read back with pdftotext, page by page.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../src/read/workbook.js';
import { blocksOf, type Block } from '../src/render/blocks.js';
import { loadProfile } from '../src/render/profile.js';
import { render } from '../src/render/render.js';
import { attachedTables } from '../src/render/tables.js';
import { fixture, tempDir } from './helpers.js';

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
const squash = (s: string) => s.replace(/\s+/g, '');

interface Rendered {
  blocks: Block[];
  /** pdftotext -layout, a page each. */
  pages: string[];
  documentXml: string;
}

async function renderToPdf(template: string, withProfile: boolean, workbook: string): Promise<Rendered> {
  const model = (await readWorkbook(fixture(workbook))).model!;
  const prior = withProfile ? (await readWorkbook(fixture('sample-2023.xlsx'))).model! : undefined;
  const profile = withProfile ? await loadProfile(fixture('profile-2024.yaml')) : {};
  const r = await render(model, prior, profile, template);
  const dir = tempDir();
  const docx = join(dir, 'out.docx');
  writeFileSync(docx, r.buffer);
  mkdirSync(join(dir, 'pdf'));
  execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), docx], { stdio: 'ignore', timeout: 120000 });
  const pages = execFileSync('pdftotext', ['-layout', join(dir, 'pdf', 'out.pdf'), '-'], { encoding: 'utf8' }).split('\f');
  return { blocks: blocksOf(r.input), pages, documentXml: strFromU8(unzipSync(readFileSync(docx))['word/document.xml']) };
}

/** The text a block starts with, as the PDF shows it (without spaces). */
function startOf(b: Block): string | undefined {
  if (b.kind === 'heading' || b.kind === 'body') return squash(b.text).slice(0, 12);
  if (b.kind === 'chart') return b.caption ? squash(b.caption.before).slice(0, 4) : undefined;
  if (b.kind === 'table') return b.table.id;
  if (b.kind === 'project') return squash(b.title).slice(0, 10);
  return undefined;
}

// LibreOffice is installed by .ci/run; on a machine without it these tests are skipped (never in CI)
describe.runIf(soffice || process.env.CI).each([
  ['sichuan', true, 'sample-2024.xlsx'],
  ['sichuan', false, 'sample-2024.xlsx'],
  ['shanghai', true, 'sample-2024.xlsx'],
  ['shanghai', false, 'sample-2024.xlsx'],
  // amounts in 元: the widest figures (8,171,555)
  ['sichuan', false, 'yuan-2024.xlsx'],
])('the %s template (profile and last year: %s) on %s, as LibreOffice prints it', (template, withProfile, workbook) => {
  let doc: Rendered;
  beforeAll(async () => {
    doc = await renderToPdf(template, withProfile, workbook);
  }, 180000);

  /** The first body page: the one after the 目录's. */
  const bodyStart = () => doc.pages.findIndex((p, i) => i > 0 && !/目\s*录/.test(p) && /第一部分/.test(p));

  it('the 目录 lists every 第N部分 heading, with a page number', () => {
    const toc = doc.pages.findIndex((p) => /目\s*录/.test(p));
    expect(toc).toBeGreaterThan(0);
    const parts = doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    const lines = doc.pages.slice(toc, bodyStart()).join('\n').split('\n').map(squash);
    for (const h of parts) {
      const entry = lines.find((l) => l.startsWith(squash(h.text)) && /\d+$/.test(l));
      expect(entry, h.text).toBeDefined();
      // the estimated page is the one the part starts on, by the number in its footer (— N —)
      const page = doc.pages.findIndex((p, i) => i >= bodyStart() && squash(p).includes(squash(h.text)));
      expect(+/(\d+)$/.exec(entry!)![1], h.text).toBe(+/—\s*(\d+)\s*—/.exec(doc.pages[page])![1]);
    }
  });

  it('each heading is on the same page as what follows it', () => {
    const pages = doc.pages.map(squash);
    let page = bodyStart();
    expect(page).toBeGreaterThan(0);
    let at = 0;
    // find each block's start in order, from where the one before it was found
    const find = (needle: string) => {
      for (let p = page; p < pages.length; p++) {
        const i = pages[p].indexOf(needle, p === page ? at : 0);
        if (i >= 0) {
          page = p;
          at = i + needle.length;
          return p;
        }
      }
      return -1;
    };
    const checked: string[] = [];
    doc.blocks.forEach((b, i) => {
      const start = startOf(b);
      if (!start) return;
      const where = find(start);
      expect(where, `${b.kind} ${start}`).toBeGreaterThanOrEqual(0);
      const next = doc.blocks[i + 1];
      if (b.kind !== 'heading' || !next || !startOf(next)) return;
      const before = { page, at };
      const then = find(startOf(next)!);
      expect(then, `${b.text} → ${startOf(next)}`).toBe(where);
      checked.push(b.text);
      ({ page, at } = before);
    });
    expect(checked.length).toBeGreaterThan(10);
  });

  it('each attached table: its number, title, 部门 line and header on the page of its first row, every amount whole on one line', async () => {
    const model = (await readWorkbook(fixture(workbook))).model!;
    const tables = attachedTables(model, model.department!);
    expect(tables.map((t) => t.id)).toEqual(['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表']);
    const starts = tables.map((t) => doc.pages.findIndex((p) => squash(p).includes(t.id)));
    tables.forEach((t, k) => {
      const p = starts[k];
      expect(p, t.id).toBeGreaterThan(0);
      const page = squash(doc.pages[p]);
      expect(page).toContain(squash(t.title));
      expect(page).toContain(squash(`部门：${t.dept}`));
      expect(page).toContain(squash(`单位：${t.unit}`));
      // a cell's text may wrap to a second line: its first characters, or the row's first amount (which never wraps)
      const head = squash(t.grid.rows[t.grid.headerRows - 1].find((c) => c.text && !c.covered)!.text).slice(0, 2);
      expect(page, `${t.id} header`).toContain(head);
      const row = t.grid.rows[t.grid.headerRows];
      const first = row.find((c) => c.numeric && c.text)?.text ?? squash(row.find((c) => c.text)!.text).slice(0, 4);
      expect(page.indexOf(first, page.indexOf(head)), `${t.id} first row`).toBeGreaterThan(page.indexOf(head));
      // every amount of the table, each as many times as the table has it, whole on a line of its pages
      const end = k + 1 < tables.length ? starts[k + 1] + 1 : doc.pages.length;
      const lines = doc.pages.slice(p, end).join('\n').split('\n');
      const amounts = t.grid.rows.slice(t.grid.headerRows).flatMap((r) => r.filter((c) => c.numeric && c.text).map((c) => c.text));
      const counts = new Map<string, number>();
      for (const a of amounts) counts.set(a, (counts.get(a) ?? 0) + 1);
      for (const [a, n] of counts) {
        const whole = new RegExp(`(?<![\\d.,])${a.replace(/[.,]/g, '\\$&')}(?![\\d.,])`, 'g');
        const found = lines.reduce((s, l) => s + (l.match(whole)?.length ?? 0), 0);
        expect(found, `${t.id} ${a}`).toBeGreaterThanOrEqual(n);
      }
    });
  });

  it('document.xml: every heading in a heading style, without fonts of its own; 公开06表 人员经费 beside, never between, 公用经费', () => {
    const paragraphs = doc.documentXml.split('</w:p>');
    const headings = doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level >= 1);
    for (const h of headings) {
      const p = paragraphs.find((x) => x.replace(/<[^>]+>/g, '') === h.text && !/w:pStyle w:val="TOC/.test(x))!;
      expect(p, h.text).toBeDefined();
      expect(p).toContain(`<w:pStyle w:val="Heading${h.level}"/>`);
      expect(p).not.toContain('<w:rFonts');
    }
    // the rows of the table after 公开06表: 人员经费 codes in the first column, 公用经费 codes in the fourth, each in code order
    const t06 = doc.documentXml.slice(doc.documentXml.indexOf('公开06表')).split('</w:tbl>')[0];
    const rows = t06.split('</w:tr>').map((r) => r.split('</w:tc>').map((c) => c.replace(/<[^>]+>/g, '')));
    const column = (i: number) => rows.map((r) => r[i]).filter((x) => /^\d{3,5}$/.test(x ?? ''));
    const personnel = column(0);
    const publicUse = column(3);
    expect(personnel.length).toBeGreaterThan(5);
    expect(personnel.every((c) => /^30[13]/.test(c))).toBe(true);
    expect(publicUse.every((c) => !/^30[13]/.test(c))).toBe(true);
    expect(personnel).toEqual([...personnel].sort());
    expect(publicUse).toEqual([...publicUse].sort());
  });
});
