// --format html: one self-contained page (no network, nothing loaded from elsewhere) an accountant
// opens in a browser: an index of the files with their counts; per workbook, each table drawn as a
// grid with the cells of every finding marked (the suspected culprit most strongly) and the findings
// beside it; per narrative, the text with each finding's sentence highlighted and its message under it.
import type { Finding } from '../model/types.js';
import type { CheckResult, FileReport } from '../pipeline/check.js';
import type { Group } from '../rules/culprit.js';
import { fill, formatMessage, groupLead, words, type Lang } from './format-message.js';
import { CATALOGUES } from './say.js';
import type { BlockView, FileView, SheetView } from './page-data.js';
import { fileSummary, summaryOf, type Reporter } from './types.js';

const esc = (s: string | number | undefined): string =>
  String(s ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

const STYLE = `
:root{--err:#c62828;--errbg:#fde7e7;--warn:#b26a00;--warnbg:#fff4d6;--info:#1565c0;--infobg:#e8f1fc;--line:#d0d4da;--muted:#5f6770}
*{box-sizing:border-box}
body{font:14px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:0;color:#1d2329;background:#f6f7f9}
header.top{background:#24303e;color:#fff;padding:14px 24px}
header.top h1{margin:0;font-size:20px}
header.top p{margin:4px 0 0;opacity:.85}
main{padding:16px 24px;max-width:1500px}
section.file{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 18px;margin:16px 0}
h2{font-size:17px;margin:4px 0 8px;word-break:break-all}
h3{font-size:15px;margin:14px 0 6px}
.meta{color:var(--muted);margin:0 0 8px}
table.index{border-collapse:collapse;background:#fff}
table.index th,table.index td{border:1px solid var(--line);padding:4px 10px;text-align:left}
table.index td.n{text-align:right;font-variant-numeric:tabular-nums}
.count-error{color:var(--err);font-weight:bold}
.count-warning{color:var(--warn);font-weight:bold}
.lead{border-left:5px solid var(--err);background:var(--errbg);padding:8px 12px;margin:8px 0;border-radius:3px}
.lead.several,.lead.none{border-left-color:var(--warn);background:var(--warnbg)}
.lead ul{margin:4px 0 0;padding-left:20px}
.sev{display:inline-block;min-width:3em;font-weight:bold}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
details.sheet{border-top:1px solid var(--line);padding:6px 0}
details.sheet>summary{cursor:pointer;font-weight:bold}
.sheet-body{display:flex;gap:16px;align-items:flex-start;margin-top:6px}
.grid-wrap{overflow:auto;max-height:80vh;flex:0 1 auto;border:1px solid var(--line)}
table.grid{border-collapse:collapse;font-size:12.5px}
table.grid th,table.grid td{border:1px solid #e1e4e8;padding:2px 6px;white-space:nowrap}
table.grid thead th{background:#eef0f3;position:sticky;top:0;z-index:1;font-weight:normal;color:var(--muted)}
table.grid th.line{background:#eef0f3;color:var(--muted);text-align:right}
table.grid td.num{text-align:right;font-variant-numeric:tabular-nums}
td.m-info{background:var(--infobg)}
td.m-warning{background:var(--warnbg)}
td.m-error{background:var(--errbg)}
td.involved{outline:1px dashed #8a95a3;outline-offset:-2px}
td.culprit{background:var(--err);color:#fff;font-weight:bold;outline:3px solid #7f0000;outline-offset:-3px}
td.suspect{outline:3px dashed var(--warn);outline-offset:-3px;font-weight:bold}
:target{box-shadow:0 0 0 3px #ffb300}
ol.findings{margin:0;padding-left:22px;flex:1 1 360px;min-width:300px}
ol.findings li{margin:0 0 6px}
code.rule{color:var(--muted);font-size:12px}
.doc{max-width:980px}
.doc p{margin:6px 0}
.doc .h1{font-size:17px;font-weight:bold;margin-top:16px}
.doc .h2,.doc .h3{font-weight:bold}
mark{padding:0 1px;border-radius:2px}
mark.m-error{background:#ffcdd2;border-bottom:2px solid var(--err)}
mark.m-warning{background:#ffe9a8;border-bottom:2px solid var(--warn)}
mark.m-info{background:#d6e6fb}
.note{margin:2px 0 8px 1.5em;padding:4px 8px;border-left:3px solid var(--line);font-size:13px}
.note.sev-error{border-color:var(--err);background:var(--errbg);color:inherit}
.note.sev-warning{border-color:var(--warn);background:var(--warnbg);color:inherit}
.note.sev-info{border-color:var(--info);background:var(--infobg);color:inherit}
table.doc-table{border-collapse:collapse;margin:6px 0;font-size:12.5px}
table.doc-table td{border:1px solid var(--line);padding:2px 6px}
details.fold>summary{color:var(--muted);cursor:pointer;font-size:13px;margin:4px 0}
figure.chart{margin:8px 0;padding:6px 10px;border:1px solid var(--line);display:inline-block}
figure.chart figcaption{font-weight:bold}
.general{margin:6px 0}
footer{color:var(--muted);padding:8px 24px 24px}
`;

// marks every finding's cells when the page loads in a browser; keys n / p move between errors
const SCRIPT = `
(function(){
  var marked=document.querySelectorAll('.m-error,.m-warning,.m-info,.culprit,.suspect');
  document.documentElement.setAttribute('data-marked',String(marked.length));
  var errs=[].slice.call(document.querySelectorAll('td.culprit,td.m-error,mark.m-error'));var i=-1;
  document.addEventListener('keydown',function(e){
    if(e.target&&/INPUT|TEXTAREA/.test(e.target.tagName))return;
    if(e.key!=='n'&&e.key!=='p'||!errs.length)return;
    i=(i+(e.key==='n'?1:errs.length-1))%errs.length;errs[i].scrollIntoView({block:'center'});
    if(errs[i].id)location.hash=errs[i].id;
  });
})();
`;

interface Ctx {
  lang: Lang;
  result: CheckResult;
  groups: Map<number, Group>;
  /** A finding's index in result.findings. */
  index: Map<Finding, number>;
  t: Record<string, string>;
}

const sevTag = (c: Ctx, s: Finding['severity']) => `<span class="sev sev-${s}">${esc(words(c.lang)[s])}</span>`;
const ruleTag = (f: Finding) => ` <code class="rule">[${esc(f.rule)}]</code>`;
const cellId = (fi: number, si: number, address: string) => `c${fi}-${si}-${address}`;

function worst(list: Finding[]): Finding['severity'] {
  return list.reduce<Finding['severity']>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'info');
}

/** The cells a finding is about (its own, its relation's), by "sheet!cell". */
function cellsOf(f: Finding): { own?: string; involved: string[] } {
  const own = f.location.sheet && f.location.cell ? `${f.location.sheet}!${f.location.cell}` : undefined;
  const involved = new Set<string>();
  for (const o of f.relation?.operands ?? []) involved.add(`${o.sheet}!${o.cell}`);
  for (const r of f.related ?? []) if (r.sheet && r.cell) involved.add(`${r.sheet}!${r.cell}`);
  if (own) involved.delete(own);
  return { own, involved: [...involved] };
}

function indexTable(c: Ctx): string {
  const rows = c.result.files.map((file, i) => {
    const n = fileSummary(c.result, file.path);
    const role = file.role === 'prior' ? ` ${esc(words(c.lang).prior)}` : '';
    const state = file.unreadable ? ` <span class="count-error">${esc(words(c.lang).fileUnreadable)}</span>` : '';
    return `<tr><td><a href="#file-${i}">${esc(file.path)}</a>${role}${state}</td><td class="n ${n.errors ? 'count-error' : ''}">${n.errors}</td><td class="n ${n.warnings ? 'count-warning' : ''}">${n.warnings}</td><td class="n">${n.infos}</td></tr>`;
  });
  return `<table class="index"><thead><tr><th>${esc(c.t.file)}</th><th>${esc(words(c.lang).error)}</th><th>${esc(words(c.lang).warning)}</th><th>${esc(words(c.lang).info)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function groupBox(c: Ctx, g: Group, members: Finding[], link: (sheetCell: string) => string): string {
  const kind = g.suspects.length === 1 ? 'one' : g.suspects.length > 1 ? 'several' : 'none';
  const suspects = g.suspects.map((s) => `<a href="${link(`${s.sheet}!${s.cell}`)}">${esc(s.sheet)} ${esc(s.cell)}</a>`).join(' ');
  const list = members.map((f) => `<li>${sevTag(c, f.severity)} ${esc(formatMessage(f, c.lang))}${ruleTag(f)}</li>`).join('');
  return `<div class="lead ${kind}" data-group="${g.id}">${sevTag(c, worst(members))} ${esc(groupLead(g, members.length, c.lang))}${suspects ? ` <span class="jump">→ ${suspects}</span>` : ''}<ul>${list}</ul></div>`;
}

function sheetSection(c: Ctx, fi: number, si: number, view: SheetView, mine: Finding[]): string {
  const here = mine.filter((f) => f.location.sheet === view.sheet);
  // what each cell of this sheet is marked with: its findings, the findings it takes part in, a suspicion
  const own = new Map<string, Finding[]>();
  const involved = new Map<string, Finding[]>();
  for (const f of mine) {
    const cells = cellsOf(f);
    if (cells.own?.startsWith(`${view.sheet}!`)) own.set(cells.own, [...(own.get(cells.own) ?? []), f]);
    for (const k of cells.involved) if (k.startsWith(`${view.sheet}!`)) involved.set(k, [...(involved.get(k) ?? []), f]);
  }
  const culprits = new Set<string>();
  const suspects = new Set<string>();
  for (const f of mine) {
    const g = f.group !== undefined ? c.groups.get(f.group) : undefined;
    if (!g) continue;
    for (const s of g.suspects) (g.suspects.length === 1 ? culprits : suspects).add(`${s.sheet}!${s.cell}`);
  }
  // open where something is wrong; a table with rounding notes only stays folded
  const open = here.some((f) => f.severity !== 'info') || [...culprits, ...suspects].some((k) => k.startsWith(`${view.sheet}!`));
  const head = `<tr><th></th>${view.columns.map((col) => `<th title="${esc(col.label)}">${esc(col.letter)}${col.label ? `<br>${esc(col.label.split('/').pop())}` : ''}</th>`).join('')}</tr>`;
  const body = view.rows.map((r) => {
    const tds = view.columns.map((col) => {
      const address = `${col.letter}${r.line}`;
      const k = `${view.sheet}!${address}`;
      const text = r.cells[col.letter] ?? '';
      const classes: string[] = [];
      const notes: string[] = [];
      const mineHere = own.get(k) ?? [];
      if (mineHere.length) classes.push(`m-${worst(mineHere)}`);
      if (involved.has(k) && !mineHere.length) classes.push('involved');
      if (culprits.has(k)) classes.push('culprit');
      else if (suspects.has(k)) classes.push('suspect');
      for (const f of [...mineHere, ...(involved.get(k) ?? [])]) notes.push(formatMessage(f, c.lang));
      const g = [...c.groups.values()].find((x) => x.suspects.some((s) => `${s.sheet}!${s.cell}` === k));
      if (g) notes.unshift(groupLead(g, mine.filter((f) => f.group === g.id).length, c.lang));
      if (/^[-(（]?[\d,]+(\.\d+)?[)）]?$/.test(text.trim())) classes.push('num');
      const attrs = [`id="${cellId(fi, si, address)}"`, `data-cell="${esc(k)}"`];
      if (classes.length) attrs.push(`class="${classes.join(' ')}"`);
      if (notes.length) attrs.push(`title="${esc(notes.join('\n'))}"`);
      return `<td ${attrs.join(' ')}>${esc(text)}</td>`;
    });
    return `<tr><th class="line">${r.line}</th>${tds.join('')}</tr>`;
  });
  const items = [...here]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity])
    .map((f) => {
      const at = f.location.cell ? `<a href="#${cellId(fi, si, f.location.cell)}">${esc(f.location.cell)}</a> ` : '';
      return `<li id="f${c.index.get(f)}" class="sev-${f.severity}">${sevTag(c, f.severity)} ${at}${esc(formatMessage(f, c.lang))}${ruleTag(f)}</li>`;
    });
  const counts = here.length ? ` — ${esc(fill(c.t.findingsHere, { count: here.length }))}` : '';
  return `<details class="sheet"${open ? ' open' : ''} id="s${fi}-${si}"><summary>${esc(view.sheet)}　${esc(view.title)}（${esc(fill(c.t.unit, { unit: view.unit }))}）${counts}</summary><div class="sheet-body"><div class="grid-wrap"><table class="grid"><thead>${head}</thead><tbody>${body.join('')}</tbody></table></div>${items.length ? `<ol class="findings">${items.join('')}</ol>` : ''}</div></details>`;
}

function workbookSection(c: Ctx, fi: number, file: FileReport, view: FileView | undefined, mine: Finding[]): string {
  const sheets = view?.sheets ?? [];
  const sheetIndex = new Map(sheets.map((s, i) => [s.sheet, i]));
  const link = (k: string) => {
    const [sheet, cell] = k.split('!');
    return sheetIndex.has(sheet) ? `#${cellId(fi, sheetIndex.get(sheet)!, cell)}` : '#';
  };
  const out: string[] = [];
  const seen = new Set<number>();
  // the groups first: where the mistake most likely is
  for (const f of mine) {
    if (f.group === undefined || seen.has(f.group)) continue;
    seen.add(f.group);
    const g = c.groups.get(f.group);
    if (g) out.push(groupBox(c, g, mine.filter((m) => m.group === g.id), link));
  }
  sheets.forEach((s, si) => out.push(sheetSection(c, fi, si, s, mine)));
  const general = mine.filter((f) => !f.location.sheet || !sheetIndex.has(f.location.sheet));
  if (general.length) out.push(`<h3>${esc(c.t.general)}</h3><ul class="general">${general.map((f) => `<li id="f${c.index.get(f)}">${sevTag(c, f.severity)} ${esc(formatMessage(f, c.lang))}${ruleTag(f)}</li>`).join('')}</ul>`);
  return out.join('\n');
}

/** A paragraph with each finding's sentence marked in place (found by its quote). */
function markedText(c: Ctx, text: string, list: Finding[]): string {
  const spans: { start: number; end: number; f: Finding }[] = [];
  for (const f of list) {
    // a quote is a run of the text, cut with … at either end when long
    const quote = (f.location.quote ?? '').replace(/^…/, '').replace(/…$/, '');
    const start = quote ? text.indexOf(quote) : -1;
    if (start < 0) continue;
    const end = start + quote.length;
    if (spans.some((x) => start < x.end && end > x.start)) continue; // one mark per place; the notes list every finding
    spans.push({ start, end, f });
  }
  spans.sort((a, b) => a.start - b.start);
  let html = '';
  let pos = 0;
  for (const s of spans) {
    html += esc(text.slice(pos, s.start));
    html += `<mark class="m-${s.f.severity}" id="f${c.index.get(s.f)}" title="${esc(formatMessage(s.f, c.lang))}">${esc(text.slice(s.start, s.end))}</mark>`;
    pos = s.end;
  }
  return html + esc(text.slice(pos));
}

function notes(c: Ctx, list: Finding[]): string {
  return [...list]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity])
    .map((f) => `<div class="note sev-${f.severity}">${sevTag(c, f.severity)} ${esc(formatMessage(f, c.lang))}${ruleTag(f)}</div>`)
    .join('');
}

function narrativeSection(c: Ctx, fi: number, view: FileView | undefined, mine: Finding[]): string {
  const blocks = view?.blocks ?? [];
  const byBlock = new Map<number, Finding[]>();
  for (const f of mine) if (f.location.paragraph !== undefined) byBlock.set(f.location.paragraph, [...(byBlock.get(f.location.paragraph) ?? []), f]);
  /** Each paragraph, table or chart as drawn; `marked` when a finding is in it. */
  const units: { html: string; marked: boolean; heading: boolean }[] = [];
  const out = { push: (html: string, marked: boolean, heading = false) => units.push({ html, marked, heading }) };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const list = byBlock.get(b.index) ?? [];
    if (b.kind === 'cell' && b.cell) {
      // a Word table: its cells together, each finding's cell marked
      const table = b.cell.table;
      const cells: BlockView[] = [];
      while (i < blocks.length && blocks[i].kind === 'cell' && blocks[i].cell?.table === table) cells.push(blocks[i++]);
      i--;
      const rows = new Map<number, BlockView[]>();
      for (const x of cells) rows.set(x.cell!.row, [...(rows.get(x.cell!.row) ?? []), x]);
      const tableNotes: Finding[] = [];
      const trs = [...rows.values()].map((r) =>
        `<tr>${r
          .map((x) => {
            const here = byBlock.get(x.index) ?? [];
            tableNotes.push(...here);
            const attrs = [`id="b${fi}-${x.index}"`];
            if (x.cell!.span) attrs.push(`colspan="${x.cell!.span}"`);
            if (here.length) attrs.push(`class="m-${worst(here)}"`, `title="${esc(here.map((f) => formatMessage(f, c.lang)).join('\n'))}"`);
            return `<td ${attrs.join(' ')}>${esc(x.text)}</td>`;
          })
          .join('')}</tr>`,
      );
      out.push(`<table class="doc-table">${trs.join('')}</table>${notes(c, tableNotes)}`, tableNotes.length > 0);
      continue;
    }
    if (b.kind === 'chart' && b.chart) {
      const ch = b.chart;
      const cats = [...new Set(ch.series.flatMap((s) => s.categories))];
      const rows = ch.series.map((s) => {
        const tds = cats.map((cat) => {
          const v = s.values[s.categories.indexOf(cat)] ?? '';
          const hit = list.filter((f) => f.args.category === cat && f.args.series === s.name);
          return `<td${hit.length ? ` class="m-${worst(hit)}" title="${esc(hit.map((f) => formatMessage(f, c.lang)).join('\n'))}"` : ''}>${esc(v)}</td>`;
        });
        return `<tr><th>${esc(s.name)}</th>${tds.join('')}</tr>`;
      });
      out.push(`<figure class="chart" id="b${fi}-${b.index}"><figcaption>${esc(c.t.chart)} ${esc(ch.title)}</figcaption><table class="doc-table"><tr><th></th>${cats.map((x) => `<th>${esc(x)}</th>`).join('')}</tr>${rows.join('')}</table></figure>${notes(c, list)}`, list.length > 0);
      continue;
    }
    const cls = b.heading ? ` class="h${Math.min(b.heading, 3)}"` : b.kind === 'header' || b.kind === 'footer' ? ' class="meta"' : '';
    out.push(`<p id="b${fi}-${b.index}"${cls}>${markedText(c, b.text, list)}</p>${notes(c, list)}`, list.length > 0, !!b.heading);
  }
  // long stretches without findings fold away (a click opens them); headings and the paragraphs
  // beside a finding (and the heading it stands under) stay in view
  const keep = units.map((u, i) => u.marked || units[i - 1]?.marked || units[i + 1]?.marked || (u.heading && (units[i + 1]?.marked || units[i + 2]?.marked)));
  const html: string[] = [];
  for (let i = 0; i < units.length; ) {
    if (keep[i]) {
      html.push(units[i++].html);
      continue;
    }
    let j = i;
    while (j < units.length && !keep[j]) j++;
    const run = units.slice(i, j).map((u) => u.html);
    html.push(run.length < 3 ? run.join('\n') : `<details class="fold"><summary>${esc(fill(c.t.folded, { count: run.length }))}</summary>${run.join('\n')}</details>`);
    i = j;
  }
  const general = mine.filter((f) => f.location.paragraph === undefined || !blocks.some((b) => b.index === f.location.paragraph));
  if (general.length) html.unshift(`<ul class="general">${general.map((f) => `<li>${sevTag(c, f.severity)} ${esc(formatMessage(f, c.lang))}${ruleTag(f)}</li>`).join('')}</ul>`);
  return `<div class="doc">${html.join('\n')}</div>`;
}

export const htmlReport: Reporter = (result, { lang }) => {
  const t = CATALOGUES[lang].HTML;
  const c: Ctx = { lang, result, groups: new Map(result.groups.map((g) => [g.id, g])), index: new Map(result.findings.map((f, i) => [f, i])), t };
  const w = words(lang);
  const views = new Map((result.views ?? []).map((v) => [v.path, v]));
  const sections = result.files.map((file, fi) => {
    const mine = result.findings.filter((f) => f.location.file === file.path);
    const n = fileSummary(result, file.path);
    const meta: string[] = [];
    if (file.role === 'prior') meta.push(w.prior);
    if (file.department || file.year) meta.push(`${file.department ?? ''} ${file.year ?? ''}`.trim());
    if (file.unreadable) meta.push(w.fileUnreadable);
    else if (file.tables.length) meta.push(fill(w.fileTables, { count: file.tables.length, tables: file.tables.map((x) => x.key).join(' ') }));
    meta.push(fill(w.fileSummary, n));
    const view = views.get(file.path);
    const body = file.kind === 'narrative' ? narrativeSection(c, fi, view, mine) : workbookSection(c, fi, file, view, mine);
    return `<section class="file" id="file-${fi}" data-file="${esc(file.path)}" data-errors="${n.errors}"><h2>${esc(file.path)}</h2><p class="meta">${esc(meta.join('　'))}</p>${mine.length || view ? body : `<p>${esc(w.noFindings)}</p>`}</section>`;
  });
  const s = summaryOf(result);
  const legend = result.findings.some((f) => f.relation || /rounding$/.test(f.messageId ?? '')) ? `<p class="meta">${esc(w.legend)}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><h1>${esc(t.title)}</h1><p>${esc(fill(w.summary, s))}</p></header>
<main>
<nav id="index"><h3>${esc(t.index)}</h3>${indexTable(c)}<p class="meta">${esc(t.howto)}</p>${legend}</nav>
${sections.join('\n')}
</main>
<footer>fa-check</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
};
