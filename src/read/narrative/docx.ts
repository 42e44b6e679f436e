// .docx → blocks: body paragraphs and tables in order (a merged cell once), headers and footers,
// and the cached data of embedded charts at the place they stand.
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, type Unzipped } from 'fflate';
import { Big } from '../../model/decimal.js';
import type { Chart, ChartSeries, RawBlock } from '../../narrative/model.js';
import { normaliseText } from './normalise.js';
import { Numbering } from './numbering.js';
import { limits } from '../limits.js';
import { openDocx } from './docx-package.js';

type XNode = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, processEntities: true });

function tag(n: XNode): string {
  for (const k of Object.keys(n)) if (k !== ':@') return k;
  return '';
}
function kids(n: XNode): XNode[] {
  const v = n[tag(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}
function attr(n: XNode, name: string): string | undefined {
  const a = n[':@'] as Record<string, string> | undefined;
  return a?.[`@_${name}`];
}
function* walk(nodes: XNode[], name: string): Generator<XNode> {
  for (const n of nodes) {
    if (tag(n) === name) yield n;
    else yield* walk(kids(n), name);
  }
}
function textOf(nodes: XNode[]): string {
  let s = '';
  for (const n of nodes) {
    const t = tag(n);
    if (t === '#text') s += String(n['#text']);
    else if (t === 'w:tab') s += '\t';
    else if (t === 'w:br' || t === 'w:cr') s += '\n';
    else if (t === 'w:delText' || t === 'w:instrText' || t === 'w:fldChar') continue; // deleted text, field codes
    else if (t === 'mc:Fallback') continue; // the old-Word copy of a text box drawn in mc:Choice
    else s += textOf(kids(n));
  }
  return s;
}

function xml(files: Unzipped, path: string): XNode[] | undefined {
  const f = files[path];
  return f ? (parser.parse(strFromU8(f)) as XNode[]) : undefined;
}

function relations(files: Unzipped, path: string): Map<string, string> {
  const rels = new Map<string, string>();
  const doc = xml(files, path);
  if (!doc) return rels;
  for (const r of walk(doc, 'Relationship')) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (id && target && attr(r, 'TargetMode') !== 'External') rels.set(id, target);
  }
  return rels;
}

function cache(n: XNode | undefined): string[] {
  if (!n) return [];
  const out: string[] = [];
  for (const pt of walk(kids(n), 'c:pt')) {
    const idx = +(attr(pt, 'idx') ?? out.length);
    const v = [...walk(kids(pt), 'c:v')][0];
    out[idx] = v ? textOf(kids(v)) : '';
  }
  return Array.from(out, (x) => x ?? '');
}

function child(n: XNode, name: string): XNode | undefined {
  return kids(n).find((k) => tag(k) === name);
}

export function readChart(files: Unzipped, path: string, index: number): Chart | undefined {
  const doc = xml(files, path);
  if (!doc) return undefined;
  const titleNode = [...walk(doc, 'c:title')][0];
  const title = titleNode ? normaliseText([...walk(kids(titleNode), 'a:t')].map((t) => textOf(kids(t))).join('')) : '';
  const plot = [...walk(doc, 'c:plotArea')][0];
  if (!plot) return undefined;
  let type: Chart['type'] = 'other';
  const series: ChartSeries[] = [];
  for (const group of kids(plot)) {
    const t = tag(group);
    if (!/^c:\w+Chart$/.test(t)) continue;
    type = /pie|doughnut/i.test(t) ? 'pie' : /bar/i.test(t) ? 'bar' : /line/i.test(t) ? 'line' : 'other';
    for (const ser of kids(group).filter((k) => tag(k) === 'c:ser')) {
      const tx = child(ser, 'c:tx');
      const name = tx ? normaliseText(cache(tx).join('') || [...walk(kids(tx), 'c:v')].map((v) => textOf(kids(v))).join('')) : '';
      const categories = cache(child(ser, 'c:cat')).map(normaliseText);
      const values = cache(child(ser, 'c:val')).map((v) => (/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(v.trim()) ? new Big(v.trim()) : null));
      series.push({ name, categories, values });
    }
  }
  return { index, title, type, series };
}

export function readDocx(bytes: Uint8Array): RawBlock[] {
  // the parts through the package's relationships, checked and counted (docx-package.ts)
  const files = openDocx(bytes, limits());
  const doc = xml(files, 'word/document.xml');
  if (!doc) throw new Error('word/document.xml missing');
  const rels = relations(files, 'word/_rels/document.xml.rels');
  const blocks: RawBlock[] = [];
  let tables = 0;
  let charts = 0;
  const chartsIn = (nodes: XNode[]) => {
    for (const c of walk(nodes, 'c:chart')) {
      const target = rels.get(attr(c, 'r:id') ?? '');
      if (!target) continue;
      const chart = readChart(files, 'word/' + target.replace(/^\/?word\//, '').replace(/^\.\//, ''), ++charts);
      if (chart) blocks.push({ kind: 'chart', text: chart.title, chart });
    }
  };
  const numbering = new Numbering({ tag, kids, attr, walk }, xml(files, 'word/numbering.xml'), xml(files, 'word/styles.xml'));
  const body = [...walk(doc, 'w:body')][0];
  const visit = (nodes: XNode[]) => {
    for (const n of nodes) {
      const t = tag(n);
      if (t === 'w:p') {
        // a numbered empty paragraph still counts
        const label = numbering.label(n);
        const own = textOf(kids(n));
        const text = own.trim() ? normaliseText(label + own) : '';
        if (text) blocks.push({ kind: 'p', text });
        chartsIn(kids(n));
      } else if (t === 'w:tbl') {
        const table = ++tables;
        let row = 0;
        for (const tr of kids(n).filter((k) => tag(k) === 'w:tr')) {
          row++;
          let col = 1;
          for (const tc of kids(tr).filter((k) => tag(k) === 'w:tc')) {
            const pr = child(tc, 'w:tcPr');
            const vMerge = pr && child(pr, 'w:vMerge');
            const span = pr && child(pr, 'w:gridSpan');
            // the continuation of a vertically merged cell keeps its column but not the text: merged cells count once
            const merged = vMerge && attr(vMerge, 'w:val') !== 'restart';
            const paras = kids(tc).filter((k) => tag(k) === 'w:p');
            const width = Math.max(1, +(span ? (attr(span, 'w:val') ?? 1) : 1) || 1);
            const cell = { table, row, col, ...(width > 1 ? { span: width } : {}), ...(merged ? { merged: true } : {}) };
            blocks.push({ kind: 'cell', text: merged ? '' : normaliseText(paras.map((p) => textOf(kids(p))).join('\n')), cell });
            col += width;
          }
        }
      } else if (t === 'w:sdt') visit(kids(child(n, 'w:sdtContent') ?? {}));
    }
  };
  if (body) visit(kids(body));
  for (const name of Object.keys(files).sort()) {
    const m = /^word\/(header|footer)\d*\.xml$/.exec(name);
    if (!m) continue;
    const part = xml(files, name)!;
    for (const p of walk(part, 'w:p')) {
      const text = normaliseText(textOf(kids(p)));
      if (text) blocks.push({ kind: m[1] as 'header' | 'footer', text });
    }
  }
  return blocks;
}
