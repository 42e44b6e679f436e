// A .docx package → the parts the narrative reader reads, found through the relationships and
// checked by the zip layer (../zip.ts), under the names the reader knows them by.
//
// Why: the main document is whatever _rels/.rels names (word/document.xml by habit only), its
// headers, footers, numbering, styles and charts whatever its own relationships name. Each part
// is inflated once, counted against the limits, and scanned (elements, depth, paragraphs) before
// the XML parser builds anything. The reader (docx.ts) then sees the usual names: the document as
// word/document.xml, its parts as word/<target>, headers and footers as word/header1.xml …
import { XMLParser } from 'fast-xml-parser';
import type { Unzipped } from 'fflate';
import type { Limits } from '../limits.js';
import { relsOf, resolveTarget } from '../xlsx-load.js';
import { scanXml, utf8Xml, xmlText, XmlLimitError } from '../xml-scan.js';
import { ZipError, ZipPackage } from '../zip.js';

/** Not a readable .docx, or one over a limit; `args` fill the message. */
export class DocxError extends Error {
  constructor(
    readonly problem: string,
    readonly args: Record<string, string> = {},
  ) {
    super(`${problem} ${JSON.stringify(args)}`);
  }
}

interface Rel {
  type: string;
  target: string;
}

/** The relationships listed in a .rels part. */
function relationships(xml: string): Rel[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, processEntities: false, isArray: (name) => name === 'Relationship' });
  const doc = parser.parse(xml) as { Relationships?: { Relationship?: Record<string, string>[] } };
  const out: Rel[] = [];
  for (const r of doc.Relationships?.Relationship ?? []) {
    if (typeof r !== 'object' || !r.Target || r.TargetMode === 'External') continue;
    out.push({ type: String(r.Type ?? ''), target: String(r.Target).replace(/&amp;/g, '&') });
  }
  return out;
}

const isType = (r: Rel, kind: string) => new RegExp(`/${kind}$`, 'i').test(r.type);

export function openDocx(bytes: Uint8Array, lim: Limits): Unzipped {
  let elements = 0;
  let paragraphs = 0;
  const maxElements = Math.min(lim.elements, 1_000_000);
  try {
    const pkg = new ZipPackage(bytes, { bytes: lim.bytes, entries: lim.entries });
    const files: Unzipped = {};
    const read = (name: string, text: boolean): Uint8Array | undefined => {
      const entry = pkg.find(name);
      if (entry === undefined) return undefined;
      const utf8 = utf8Xml(pkg.read(entry)!);
      try {
        const counts = scanXml(utf8, ['p'], lim.depth, maxElements - elements);
        elements += counts.elements;
        if (text) paragraphs += counts.named[0];
      } catch (e) {
        if (e instanceof XmlLimitError) throw new DocxError(e.problem === 'xml-elements' ? 'too-many-elements' : e.problem, { part: entry, count: String(e.count) });
        throw e;
      }
      if (paragraphs > lim.paragraphs) throw new DocxError('too-many-paragraphs', { paragraphs: String(paragraphs), limit: String(lim.paragraphs) });
      return utf8;
    };
    const relsAt = (part: string) => {
      const bytes = read(relsOf(part), false);
      return { bytes, rels: bytes ? relationships(xmlText(bytes)) : [] };
    };
    const office = relsAt('').rels.find((r) => isType(r, 'officeDocument'));
    const main = office ? resolveTarget('', office.target) : 'word/document.xml';
    const doc = read(main, true);
    if (!doc) throw new DocxError('corrupt-docx', { reason: `找不到正文部件 ${main}` });
    files['word/document.xml'] = doc;
    const { bytes: relsBytes, rels } = relsAt(main);
    if (relsBytes) files['word/_rels/document.xml.rels'] = relsBytes;
    let header = 0;
    let footer = 0;
    const seen = new Set<string>();
    for (const r of rels) {
      const name = resolveTarget(main, r.target);
      if (seen.has(name)) continue;
      let as: string | undefined;
      if (isType(r, 'header')) as = `word/header${++header}.xml`;
      else if (isType(r, 'footer')) as = `word/footer${++footer}.xml`;
      else if (isType(r, 'numbering')) as = 'word/numbering.xml';
      else if (isType(r, 'styles')) as = 'word/styles.xml';
      // the reader resolves a chart's target against word/, as it is written
      else if (isType(r, 'chart')) as = 'word/' + r.target.replace(/^\/?word\//, '').replace(/^\.\//, '');
      if (!as) continue;
      seen.add(name);
      const part = read(name, /header|footer/.test(as));
      if (part) files[as] = part;
    }
    return files;
  } catch (e) {
    if (e instanceof ZipError) throw new DocxError(e.problem === 'corrupt' ? 'corrupt-docx' : e.problem === 'not-zip' ? 'not-docx' : e.problem, e.args);
    throw e;
  }
}
