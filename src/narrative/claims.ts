// Numeric claims in the narrative's text: amounts with their subjects, shares, year-over-year
// changes, completion rates, counts, and "其中" breakdowns. Pure extraction; rules judge them.
import { Big } from '../model/decimal.js';
import { PROSE_HALF } from './interval.js';
import type { Block, NarrativeDoc } from './model.js';
import { isGeneric, listSubjects, subjectKey } from './subject.js';

/** `budgetDiff`: how far the actual is from the budget ("决算数大于预算数55.93万元"). */
export type Role = 'figure' | 'delta' | 'prior' | 'threshold' | 'budgetDiff';

export interface Figure {
  id: number;
  block: Block;
  /** Offsets of the number in the block's text. */
  start: number;
  end: number;
  text: string;
  value: Big;
  decimals: number;
  /** 万元, 元, 亿元, or a count unit (人, 辆, 批次 …). */
  unit: string;
  money: boolean;
  /** Money written without a unit where one is due ("决算数为817.16，"). */
  unitMissing?: boolean;
  subject: string;
  key: string;
  year?: number;
  role: Role;
  /** Direction word before a delta: +1 增加/增长, −1 减少/下降. */
  direction?: 1 | -1;
  sentence: number;
  /** The values of a "分别/各" list sharing one unit ("收、支总计各是A、B万元"), this one among them. */
  peers?: Figure[];
}

export interface Share {
  block: Block;
  start: number;
  end: number;
  text: string;
  value: Big;
  decimals: number;
  denominator: string;
  of?: Figure;
  sentence: number;
}

export interface Yoy {
  block: Block;
  quote: string;
  current?: Figure;
  prior?: Figure;
  delta?: Figure;
  direction?: 1 | -1 | 0;
  rate?: Rate;
  priorYear?: number;
  /** Another figure the change may be of: the 其中 total, when `current` is the last of its parts. */
  alternative?: Figure;
  /** One pair of a "分别/各" list ("各减少A、B万元，各下降p%、q%"): no reasons follow for it alone. */
  listed?: boolean;
}

export interface Rate {
  value: Big;
  decimals: number;
  text: string;
  direction?: 1 | -1;
  /** Offset of the number in the block's text. */
  start: number;
}

export interface Completion {
  block: Block;
  text: string;
  value: Big;
  /** The rate as written ("100", "95.00"). */
  shown: string;
  decimals: number;
  of?: Figure;
  /** What the text says of actual against budget: 大于 +1, 小于 −1, 持平 0. */
  direction?: 1 | -1 | 0;
  /** By how much, when it says ("决算数大于预算数55.93万元"). */
  diff?: Figure;
}

export interface Breakdown {
  total: Figure;
  parts: Figure[];
  /** "共N人" lists and "（a人、b人）" asides close with the total; "其中" lists open with it. */
  form: 'qizhong' | 'gong' | 'aside';
}

export interface Reasons {
  yoy: Yoy;
  deltas: Figure[];
}

export interface Claims {
  figures: Figure[];
  shares: Share[];
  yoys: Yoy[];
  completions: Completion[];
  breakdowns: Breakdown[];
  reasons: Reasons[];
  /** The total a figure is listed under ("其中：…"), also when it is the only one listed. */
  partOf: Map<Figure, Figure>;
  /**
   * How far a written amount may be from the true one: 0.005 where the text writes cents (its whole
   * numbers are then exact, "3万元" for 3.00); 0.5 where it writes no amount with decimals at all
   * ("支出合计2906万元": rounded to whole units).
   */
  half: Big;
}

const MONEY = new Set(['万元', '元', '亿元']);
// "0.00 万," : 万元 with its 元 dropped (a slip the unit rule reports)
const NUMBER = /(\d+(?:\.\d+)?)\s*(万元|亿元|元|%|人次|人|辆|批次|个|次|台（套）|台|套|家|项|万(?=[，,。；;、）)\s]|$))/g;
const UNITLESS_MONEY = /(决算数|预算数|收入|支出|总额|金额|经费|总计|合计)(?:为|是)\s*(\d+\.\d{1,2})(?=[，,。；;]|$)/g;
const DIRECTION = /(增加|减少|增长|下降|降低|上升|增收|减收|增支|减支|减|增)了?\s*$/;
const YOY_MARK = /(?:(与|比|较)\s*(\d{4}\s*年度?|上年度?|上一年度?|去年|同期)|同比)/g;
const SENTENCE_END = /[。！？!?]/;
/** The actual against the budget after a completion rate: larger or smaller (by how much), or equal. */
const BUDGET_VS = /决算数?(大于|高于|超过|多于|小于|低于|少于)(?:年初|全年|调整)?预算数?\s*(?:\d+(?:\.\d+)?\s*(?:万元|元|亿元))?|决算数?与(?:年初|全年|调整)?预算数?持平|与预算持平/;
/** What separates the values of a list: "A、B万元", "A，B万元", "A和B万元". */
const LIST_SEP = /^\s*[、，,和及与]\s*$/;
const LISTED_BEFORE = /(\d+(?:\.\d+)?)\s*[、，,和及与]\s*$/;

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Sentence number of every offset in a text. */
function sentenceIndex(text: string): number[] {
  const idx: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    idx.push(n);
    if (SENTENCE_END.test(text[i])) n++;
  }
  idx.push(n);
  return idx;
}

// 、 is not a boundary: "收、支总计" is one subject, and list items are cut at the previous number anyway
const CLAUSE_BOUNDARY = /[，,；;：:。！？!?\n]/;

/** Text from the last clause boundary (or the previous number) up to `end`. */
function clauseBefore(text: string, end: number, floor: number): string {
  let i = end - 1;
  while (i >= floor && !CLAUSE_BOUNDARY.test(text[i])) i--;
  return text.slice(Math.max(i + 1, floor), end);
}

/** Subject of the figure at `start`: its clause, or the clause before when that says nothing. */
function subjectAt(text: string, start: number, floor: number): string {
  const raw = clauseBefore(text, start, floor);
  let s = raw.trim().replace(/^、/, '');
  let end = start - raw.length - 1;
  // "基本支出：全年总额为…", "…（项）：支出决算为…": the words that name it are in the clause before
  for (let hops = 0; hops < 2 && isGeneric(subjectKey(s)) && end > floor; hops++) {
    const before = clauseBefore(text, end, floor);
    if (!before.trim() || /\d/.test(before.replace(/^\d{1,2}[.．、]/, ''))) break;
    s = before.trim();
    end -= before.length + 1;
  }
  return s;
}

function yearBefore(text: string, start: number, floor: number, reportYear?: number): number | undefined {
  const span = text.slice(floor, start);
  const years = [...span.matchAll(/(\d{4})\s*年(?!\d{1,2}月\d{1,2}日[前后])/g)];
  if (years.length) return +years[years.length - 1][1];
  if (/上年|上一年|去年/.test(span) && reportYear) return reportYear - 1;
  return undefined;
}

/**
 * The year a figure is of: one written since the previous figure, else the year its sentence opened
 * with ("2016年度支出合计628万元，其中：基本支出230万元" — both 2016); a year compared with
 * ("与2023年相比", "比2022年度") opens nothing.
 */
function yearOf(text: string, start: number, floor: number, reportYear?: number): number | undefined {
  const own = yearBefore(text, start, floor, reportYear);
  if (own !== undefined) return own;
  const sentence = Math.max(...['。', '！', '？'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const years = [...text.slice(sentence, floor).matchAll(/(?<![与比较同])(\d{4})\s*年度?(?!\d{1,2}月)/g)];
  return years.length ? +years[years.length - 1][1] : undefined;
}

/** Each value of a list gets its own subject, or none when the words do not say which is which. */
function nameList(list: Figure[]): void {
  const names = listSubjects(list[0].key, list.length);
  list.forEach((f, i) => {
    f.subject = names?.[i] ?? '';
    f.key = names?.[i] ?? '';
  });
}

interface Token {
  start: number;
  end: number;
  num: string;
  unit: string;
  missing?: boolean;
}

/** "A、B万元", "A，B万元": numbers listed before a unit share it (the unit is written once). */
function sharedUnit(text: string, tokens: Token[]): Token[] {
  const added: Token[] = [];
  for (const t of tokens) {
    if (t.missing) continue;
    let at = t.start;
    for (;;) {
      const m = LISTED_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if (!m) break;
      const start = at - m[0].length;
      // a number cut by the window, or one that is already a figure of its own
      if (/[\d.]$/.test(text.slice(0, start)) || tokens.some((o) => o.start <= start && o.end > start)) break;
      added.push({ start, end: start + m[1].length, num: m[1], unit: t.unit });
      at = start;
    }
  }
  return added;
}

/** Runs of two or more values of one unit with only a list separator between them. */
function listsOf(text: string, tokens: Token[]): Map<Token, Token[]> {
  const lists = new Map<Token, Token[]>();
  let run: Token[] = [];
  const close = () => {
    if (run.length > 1) for (const t of run) lists.set(t, run);
    run = [];
  };
  for (const t of tokens) {
    const last = run[run.length - 1];
    const gap = last ? text.slice(last.end, t.start) : '';
    if (!last || last.unit !== t.unit || !LIST_SEP.test(gap.replace(/^(万元|亿元|元|%)/, ''))) close();
    run.push(t);
  }
  close();
  return lists;
}

export function extractClaims(doc: NarrativeDoc): Claims {
  const claims: Claims = { figures: [], shares: [], yoys: [], completions: [], breakdowns: [], reasons: [], partOf: new Map(), half: PROSE_HALF };
  let id = 0;
  const byBlock = new Map<Block, Figure[]>();
  for (const block of doc.blocks) {
    // tables are read by their own rule; charts carry their own data
    if (block.kind !== 'p') continue;
    const text = block.text;
    const sentences = sentenceIndex(text);
    const figs: Figure[] = [];
    const tokens: Token[] = [];
    for (const m of text.matchAll(NUMBER)) tokens.push({ start: m.index!, end: m.index! + m[0].length, num: m[1], unit: m[2] === '万' ? '万元' : m[2], missing: m[2] === '万' || undefined });
    for (const m of text.matchAll(UNITLESS_MONEY)) {
      const start = m.index! + m[0].length - m[2].length;
      if (!tokens.some((t) => t.start === start)) tokens.push({ start, end: start + m[2].length, num: m[2], unit: '万元', missing: true });
    }
    tokens.push(...sharedUnit(text, tokens));
    tokens.sort((a, b) => a.start - b.start);
    const lists = listsOf(text, tokens);
    let prevEnd = 0;
    for (const t of tokens) {
      // a year, a date or a document number is not a figure
      if (/[\d.]$/.test(text.slice(0, t.start)) || /^[年月日号]/.test(text.slice(t.end))) continue;
      const list = lists.get(t);
      if (t.unit === '%') {
        // the later values of "分别占p%、q%" are taken with the first
        if (list && list[0] !== t) continue;
        const share = /占([^，,。；;%]{0,30}?)的?\s*$/.exec(text.slice(prevEnd, t.start));
        if (share) {
          const sentence = sentences[t.start];
          // "占比为", "占本年支出合计的比重为": the words around the total are not the total
          const denominator = share[1].replace(/^比?(?:分别|依次)?(?:为|是)?/, '').replace(/的?(?:比重|比例)(?:分别)?(?:为|是)?$/, '').trim();
          const values = list ?? [t];
          // "A万元、B万元，分别占p%、q%": the shares go with the last figures before them, in order
          const owners = figs.filter((f) => f.sentence === sentence && f.money && f.role === 'figure').slice(-values.length);
          // one share after a list of figures ("各是A、B万元，占p%"): whose is it?
          const ambiguous = values.length === 1 && (owners[0]?.peers?.length ?? 0) > 1;
          if (owners.length === values.length && !ambiguous)
            values.forEach((v, i) =>
              claims.shares.push({ block, start: v.start, end: v.start + v.num.length, text: v.num, value: new Big(v.num), decimals: decimalsOf(v.num), denominator, of: owners[i], sentence }),
            );
        }
        prevEnd = (list ? list[list.length - 1] : t).end;
        continue;
      }
      const head = list && list[0] !== t ? figs.find((f) => f.start === list[0].start) : undefined;
      if (head) {
        // a later value of "各减少A、B万元": what the first one is, this one is too
        const fig: Figure = { ...head, id: ++id, start: t.start, end: t.end, text: t.num, value: new Big(t.num), decimals: decimalsOf(t.num), unitMissing: t.missing };
        head.peers!.push(fig);
        fig.peers = head.peers;
        figs.push(fig);
        prevEnd = t.end;
        continue;
      }
      const floor = prevEnd;
      const before = text.slice(floor, t.start);
      const subject = subjectAt(text, t.start, floor);
      const dir = DIRECTION.exec(before);
      const after = text.slice(t.end, t.end + 4);
      const fig: Figure = {
        id: ++id,
        block,
        start: t.start,
        end: t.end,
        text: t.num,
        value: new Big(t.num),
        decimals: decimalsOf(t.num),
        unit: t.unit,
        money: MONEY.has(t.unit),
        unitMissing: t.missing,
        subject,
        key: subjectKey(subject),
        year: yearOf(text, t.start, floor, doc.year) ?? doc.year,
        role: dir ? 'delta' : /^(以上|以下|及以上|以内)/.test(after) || /单价|标准|限额/.test(subject) ? 'threshold' : 'figure',
        direction: dir ? (/增|上升/.test(dir[1]) ? 1 : -1) : undefined,
        sentence: sentences[t.start],
      };
      if (list) fig.peers = [fig];
      figs.push(fig);
      prevEnd = t.end;
    }
    // a figure inside "与2023年…X万元相比" is last year's
    for (const m of text.matchAll(/(与|比|较)([^，,。；;]*?)(相比|比较|对比)/g)) {
      for (const f of figs) if (f.start > m.index! && f.end <= m.index! + m[0].length && f.role === 'figure') f.role = 'prior';
    }
    for (const f of figs) if (f.peers && f.peers[0] === f) nameList(f.peers);
    byBlock.set(block, figs);
    claims.figures.push(...figs);
    yoysOf(block, text, figs, sentences, claims, doc.year);
    for (const m of text.matchAll(/完成(?:年初|全年|调整)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)%/g)) {
      const of = [...figs].reverse().find((f) => f.start < m.index! && f.money && f.role === 'figure');
      const completion: Completion = { block, text: m[0], value: new Big(m[1]), shown: m[1], decimals: decimalsOf(m[1]), of };
      // "…，决算数大于预算数55.93万元" / "决算数与预算数持平" in the same sentence
      const from = m.index! + m[0].length;
      const end = text.slice(from).search(/[。；;]|完成(?:年初|全年|调整)?预算/);
      const vs = BUDGET_VS.exec(text.slice(from, end < 0 ? text.length : from + end));
      if (vs) {
        completion.direction = vs[1] ? (/大|高|超|多/.test(vs[1]) ? 1 : -1) : 0;
        completion.diff = figs.find((f) => f.start >= from + vs.index && f.start < from + vs.index + vs[0].length && f.money);
        if (completion.diff) completion.diff.role = 'budgetDiff';
      }
      claims.completions.push(completion);
    }
  }
  breakdowns(doc, byBlock, claims);
  reasons(doc, byBlock, claims);
  const money = claims.figures.filter((f) => f.money);
  if (money.length >= 3 && money.every((f) => f.decimals === 0)) claims.half = new Big('0.5');
  return claims;
}

const RATES = /(增长|下降|降低|上升|减少|增加|增幅|降幅)(?:率|幅度)?(?:了|为|达)?\s*((?:\d+(?:\.\d+)?%?\s*[、，,和及与]\s*)*\d+(?:\.\d+)?%)/;

/** The rate after a change mark, or the rates of "分别下降p%、q%", in order. */
function ratesIn(text: string, from: number, stop: number): Rate[] {
  const m = RATES.exec(text.slice(from, stop));
  if (!m) return [];
  const direction = /增|上升/.test(m[1]) ? 1 : -1;
  const at = from + m.index + m[0].length - m[2].length;
  return [...m[2].matchAll(/\d+(?:\.\d+)?/g)].map((n) => ({ value: new Big(n[0]), decimals: decimalsOf(n[0]), text: n[0], direction, start: at + n.index! }));
}

/**
 * The two figures a change compares, around its mark at `at`: last year's inside the comparison
 * ("与2023年…X万元相比", "比2023年的X万元减少…"), else earlier in the sentence with last year's
 * date; this year's is the latest figure before the mark that is not last year's.
 */
function comparedFigures(text: string, figs: Figure[], sentences: number[], at: number, change: number, priorYear: number | undefined, reportYear: number | undefined, yearNamed: boolean) {
  const sentence = sentences[at];
  const earlier = figs.filter((f) => f.start < at && f.money && (f.role === 'figure' || f.role === 'prior'));
  // a figure after the change is the next clause's
  let prior = figs.find((f) => f.sentence === sentence && f.start > at && f.start < change && f.money && (f.role === 'prior' || f.role === 'figure'));
  if (!prior) prior = [...earlier].reverse().find((f) => f.sentence === sentence && f.year === priorYear && f.year !== reportYear);
  // "公务接待费支出决算比去年增加0.5万元": a clause that names its own subject takes no figure from before it
  const clause = Math.max(...['。', '；', ';'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const named = text.slice(clause, at).replace(/\d{4}\s*年度?|[，,：:、\s]|其中|同时|另外|此外|本年度?|全年|总体/g, '') !== '';
  let current = [...earlier].reverse().find((f) => f.role === 'figure' && f !== prior && (f.year === undefined || f.year !== priorYear) && (!named || f.start >= clause));
  // "2022年…决算为3.46万元，较上年增加2.4万元" in a 2023 report: last year's label left on this year's
  // figure (n-stale-year says so); against "上年" it is still this year's
  if (!current && !yearNamed && reportYear && prior && prior.start < at && prior.role === 'figure' && prior.year === reportYear - 1) {
    current = prior;
    prior = undefined;
  }
  return { prior, current, earlier };
}

/**
 * "收、支总计各是A、B万元…各减少C、D万元，各下降p%、q%": one change per listed figure, paired in
 * order; none when the lists do not pair up.
 */
function listedYoys(block: Block, quote: string, currents: Figure[] | undefined, deltas: Figure[], rates: Rate[], priorYear: number | undefined): Yoy[] {
  const n = Math.max(deltas.length, rates.length);
  if (!currents || currents.length !== n || (deltas.length && deltas.length !== n) || (rates.length && rates.length !== n)) return [];
  return Array.from({ length: n }, (_, i) => ({ block, quote, current: currents[i], delta: deltas[i], direction: deltas[i]?.direction, rate: rates[i], priorYear, listed: true }));
}

function yoysOf(block: Block, text: string, figs: Figure[], sentences: number[], claims: Claims, reportYear?: number): void {
  const marks = [...text.matchAll(YOY_MARK)];
  for (const [mi, m] of marks.entries()) {
    const at = m.index!;
    const end = text.slice(at).search(SENTENCE_END);
    // a change belongs to its own mark: "比去年无增减变化，…比去年增加1.05万元" are two
    const stop = Math.min(end < 0 ? text.length : at + end, marks[mi + 1]?.index ?? text.length);
    const named4 = /(\d{4})/.exec(m[2] ?? '');
    const priorYear = named4 ? +named4[1] : reportYear ? reportYear - 1 : undefined;
    const delta = figs.find((f) => f.sentence === sentences[at] && f.role === 'delta' && f.start > at && f.start < stop && f.money);
    const rates = ratesIn(text, at, stop);
    const change = Math.min(delta?.start ?? stop, rates[0]?.start ?? stop);
    const { prior, current, earlier } = comparedFigures(text, figs, sentences, at, change, priorYear, reportYear, !!named4);
    const flat = /持平/.test(text.slice(at, stop));
    if (!delta && !rates.length && !flat) continue;
    const quote = text.slice(current?.start ?? at, stop).slice(0, 160);
    const deltas = delta?.peers ?? (delta ? [delta] : []);
    if (deltas.length > 1 || rates.length > 1 || (current?.peers?.length ?? 0) > 1) {
      claims.yoys.push(...listedYoys(block, quote, current?.peers, deltas, rates, priorYear));
      continue;
    }
    // "总预算X元，其中：基本支出a元，项目支出b元，同比增加Δ元": Δ may be the total's as well as b's
    const qizhong = current ? text.lastIndexOf('其中', current.start) : -1;
    const whole = qizhong >= 0 && sentences[qizhong] === current!.sentence ? [...earlier].reverse().find((f) => f.start < qizhong && f.role === 'figure' && f.sentence === current!.sentence) : undefined;
    claims.yoys.push({ block, quote, current, alternative: whole, prior, delta, direction: flat && !delta ? 0 : delta?.direction, rate: rates[0], priorYear });
  }
}

/** Strip parentheticals (keeping offsets) so that "7人（其中…）" does not open a list. */
function maskAsides(text: string): string {
  return text.replace(/（[^（）]*）|\([^()]*\)/g, (m) => ' '.repeat(m.length));
}

function sameKind(a: Figure, b: Figure): boolean {
  return a.money ? b.money : a.unit === b.unit;
}

const DIFFERENCE = /差值|差额|增减|变动/;
const BESIDE = /^((?:年初|全年|调整)预算(?:数)?|差值|差额)$/;

/**
 * Items that state several figures each ("…支出0万元，年初预算为0万元，差值为0万元；…") form columns:
 * the total's column is its breakdown, when there is one to add up; none otherwise.
 */
function oneColumn(total: Figure, parts: Figure[]): Figure[] {
  // differences are signed and written unsigned: they do not add up
  if (DIFFERENCE.test(total.key)) return [];
  // an item's budget or difference is not a part of the total
  if (!BESIDE.test(total.key)) parts = parts.filter((p) => !BESIDE.test(p.key));
  const counts = new Map<string, number>();
  for (const p of parts) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  const repeated = [...counts].filter(([k, n]) => n > 1 && k).map(([k]) => k);
  if (!repeated.length) return parts;
  if (!repeated.includes(total.key)) return [];
  return parts.filter((p) => p.key === total.key);
}

const CLASSIFICATION = /按[^，,；;：:。]{1,10}?(?:分类|划分)/;

/** Parts split where the text turns to another classification ("按经济分类科目"); one group if it does not. */
function byClassification(text: string, from: number, parts: Figure[]): Figure[][] {
  if (!parts.length) return [];
  const turns = [...text.slice(from, parts[parts.length - 1].start).matchAll(new RegExp(CLASSIFICATION.source, 'g'))].map((m) => from + m.index!);
  if (turns.length < 2) return [parts];
  const groups = turns.map((t, i) => parts.filter((p) => p.start > t && p.start < (turns[i + 1] ?? Infinity)));
  return groups.filter((g) => g.length);
}

/** The kind of enumeration a paragraph opens with: "1." and "2." are one kind, "（一）" another. */
function markerStyle(text: string): string | undefined {
  if (/^\d{1,2}\s*[.．]/.test(text)) return '1.';
  if (/^\d{1,2}\s*、/.test(text)) return '1、';
  if (/^[（(]\d{1,2}[）)]/.test(text)) return '(1)';
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(text)) return '(一)';
  if (/^[一二三四五六七八九十]+[、.．]/.test(text)) return '一、';
  return undefined;
}

function breakdowns(doc: NarrativeDoc, byBlock: Map<Block, Figure[]>, claims: Claims): void {
  const blocks = doc.blocks;
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    if (block.kind !== 'p') continue;
    const text = block.text;
    const masked = maskAsides(text);
    const all = (byBlock.get(block) ?? []).filter((f) => f.role === 'figure');
    // figures inside an aside "（…）" neither open nor join a 其中 list
    const figs = all.filter((f) => masked[f.start] !== ' ');
    for (const m of masked.matchAll(/其中[：:，,]?/g)) {
      const at = m.index!;
      const sentenceAt = figs.find((f) => f.start > at)?.sentence;
      // the total is the last figure before "其中" (deltas and asides are not figures here)
      const before = figs.filter((f) => f.start < at);
      const total = before[before.length - 1];
      if (!total) continue;
      let parts: Figure[] = [];
      const rest = text.slice(at + m[0].length);
      if (rest.replace(/[。\s]/g, '') === '') {
        // the list runs on in the next paragraphs: the first figure of each, up to the total's next
        // sibling ("1. 基本支出…其中：" ends at "2. 项目支出…")
        const style = markerStyle(text);
        for (let j = bi + 1; j < blocks.length && blocks[j].kind === 'p' && !blocks[j].heading && !(style && markerStyle(blocks[j].text) === style); j++) {
          const first = (byBlock.get(blocks[j]) ?? []).find((f) => f.role === 'figure' && sameKind(f, total));
          if (!first) break;
          parts.push(first);
        }
      } else {
        const sentence = sentenceAt;
        for (const f of figs) {
          if (f.start <= at || f.sentence !== sentence || !sameKind(f, total)) continue;
          // a clause of words only ends the list
          const gap = masked.slice(parts.length ? parts[parts.length - 1].end : at, f.start);
          if (gap.split(/[，,；;]/).slice(1, -1).some((c) => c.trim() && !/\d/.test(c) && !CLASSIFICATION.test(c))) break;
          parts.push(f);
        }
      }
      for (const p of parts) claims.partOf.set(p, total);
      // "其中：按功能分类科目，…；按经济分类科目，…": the same total broken down twice
      for (let group of byClassification(text, at, parts)) {
        group = oneColumn(total, group);
        // one part is a highlight ("其中档案数字化项目…"), not a breakdown
        if (group.length >= 2) claims.breakdowns.push({ total, parts: group, form: 'qizhong' });
      }
    }
    // "…a人、b人共N人": the total closes the list
    for (const m of masked.matchAll(/(?:共|合计|总计)(?:计)?\s*(\d+)\s*(人|辆|个|批次|人次|台|套)/g)) {
      const total = figs.find((f) => f.start === m.index! + m[0].indexOf(m[1]));
      if (!total) continue;
      const colon = Math.max(masked.lastIndexOf('：', total.start), masked.lastIndexOf(':', total.start), 0);
      const parts = figs.filter((f) => f.start > colon && f.end <= m.index! && f.unit === total.unit && !/退休|离休|返聘/.test(f.subject));
      if (parts.length >= 2) claims.breakdowns.push({ total, parts, form: 'gong' });
    }
    // "X人（a人、b人）": an aside that breaks the figure down
    for (const m of text.matchAll(/（([^（）]*)）|\(([^()]*)\)/g)) {
      const total = [...figs].reverse().find((f) => f.end === m.index!);
      if (!total) continue;
      const inner = all.filter((f) => f.start > m.index! && f.end < m.index! + m[0].length && f.unit === total.unit);
      if (inner.length >= 2) claims.breakdowns.push({ total, parts: inner, form: 'aside' });
    }
  }
}

function reasons(doc: NarrativeDoc, byBlock: Map<Block, Figure[]>, claims: Claims): void {
  for (const yoy of claims.yoys) {
    if (!yoy.delta || yoy.listed) continue;
    const start = doc.blocks.indexOf(yoy.block);
    const found: Figure[] = [];
    let seen = false;
    for (let j = start; j < doc.blocks.length; j++) {
      const b = doc.blocks[j];
      if (j > start && (b.heading || b.kind !== 'p')) break;
      const at = b.text.search(/主要(变动)?原因/);
      if (j === start && at < 0) continue;
      if (at >= 0) seen = true;
      if (!seen) break;
      // a new numbered item is no longer the reasons
      if (j > start && /^(\d{1,2}[.．、]|（[一二三四五六七八九十]+）)/.test(b.text)) break;
      for (const f of byBlock.get(b) ?? []) {
        if (f.role !== 'delta' || !f.money || f === yoy.delta) continue;
        if (j === start && f.start < at) continue;
        found.push(f);
      }
      // "主要原因是……。" complete in this paragraph: the reasons end here
      if (j === start && b.text.slice(at).replace(/^主要(变动)?原因(是|为|有)?[：:，,]?/, '').replace(/[。\s]/g, '')) break;
    }
    if (found.length) claims.reasons.push({ yoy, deltas: found });
  }
}
