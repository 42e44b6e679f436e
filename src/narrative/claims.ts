// The narrative's claims: what each sentence says that a calculator can check. The driver below runs
// the recognisers in a fixed order (each reads the text and the claims found before it); the rules
// in src/rules/narrative only read what they produce.
//
// Order, and why:
//   1. figures     tokens → amounts and counts with subject, year, role (figures.ts)
//   2. shares      "占p%" after a figure                 (recognize/share.ts)
//   3. yoys        "比上年增加Δ，增长r%"                  (recognize/yoy.ts; needs the figures' roles)
//   4. completions "完成预算p%" and 大于/小于/持平 after it (recognize/completion.ts; marks budget differences)
//      directions  "决算数小于预算数" against the item's actual and budget (recognize/direction.ts)
//   5. breakdowns  "其中：…", "共N人", "N人（a、b）"       (recognize/breakdown.ts; needs 4's roles)
//   6. reasons     "主要原因是…减少a万元"                 (recognize/reasons.ts; needs 3)
//   7. restatements the same subject stated twice          (recognize/restatement.ts; needs 5's 其中 totals)
//   8. names       "{类}（类）{款}（款）{项}（项）"          (recognize/names.ts)
//   9. years, slips, tables: in every block, not only paragraphs (years.ts, slips.ts, tables.ts)
import type { Big } from '../model/decimal.js';
import { PROSE_HALF, WHOLE_HALF } from '../model/rounding.js';
import { blockFigures, type BlockFigures, type ItemScope } from './figures.js';
import type { Block, NarrativeDoc } from './model.js';
import { breakdowns } from './recognize/breakdown.js';
import { completions } from './recognize/completion.js';
import { directions, type Direction } from './recognize/direction.js';
import { names, pathKey, type ClassNaming } from './recognize/names.js';
import { reasons } from './recognize/reasons.js';
import { restatements, type Restatement } from './recognize/restatement.js';
import { slips, type Slip } from './recognize/slips.js';
import { tables, type NarrativeTable } from './recognize/tables.js';
import { years, type YearMark } from './recognize/years.js';
import { shares } from './recognize/share.js';
import { yoys } from './recognize/yoy.js';

/**
 * `budgetDiff`: how far the actual is from the budget ("决算数大于预算数55.93万元"); `budget`: a budget
 * ("年初预算为0.95万元", "完成预算29.6万元的92.8%"), not this year's amount of its subject.
 */
export type Role = 'figure' | 'delta' | 'prior' | 'threshold' | 'budgetDiff' | 'budget';

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
  /**
   * The named subject the figure is about, canonical: its own words when they name one, else the
   * item it stands in ("1、…行政运行（项）。…年初预算为…" → that item; "…27.46万元，完成预算29.6万元" → the
   * 27.46's subject). Two figures with the same item and role are the same subject's.
   */
  item?: string;
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
  /** Both direction words written ("下降（增长）"): the template's choice left unmade. */
  bothWords?: string;
}

export interface Completion {
  block: Block;
  text: string;
  /** Offset of `text` in the block. */
  start: number;
  value: Big;
  /** The rate as written ("100", "95.00"). */
  shown: string;
  decimals: number;
  of?: Figure;
  /** The budget it is a rate of, when the text states it (in the rate or for the same item before it). */
  budget?: Figure;
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
  /** The reasons are a complete breakdown of the change (基本支出 and 项目支出, nothing else). */
  complete: boolean;
}

export interface Claims {
  figures: Figure[];
  shares: Share[];
  yoys: Yoy[];
  completions: Completion[];
  breakdowns: Breakdown[];
  reasons: Reasons[];
  restatements: Restatement[];
  directions: Direction[];
  names: ClassNaming[];
  years: YearMark[];
  slips: Slip[];
  tables: NarrativeTable[];
  /** The total a figure is listed under ("其中：…"), also when it is the only one listed. */
  partOf: Map<Figure, Figure>;
  /**
   * How far a written amount may be from the true one: 0.005 where the text writes cents (its whole
   * numbers are then exact, "3万元" for 3.00); 0.5 where it writes no amount with decimals at all
   * ("支出合计2906万元": rounded to whole units).
   */
  half: Big;
}

/** What the recognisers share: the document, each paragraph's figures, and the claims so far. */
export interface Reading {
  doc: NarrativeDoc;
  /** Paragraphs only (tables are read by their own rule; charts carry their own data), in order. */
  paragraphs: BlockFigures[];
  byBlock: Map<Block, BlockFigures>;
  claims: Claims;
}

export function extractClaims(doc: NarrativeDoc): Claims {
  const claims: Claims = { figures: [], shares: [], yoys: [], completions: [], breakdowns: [], reasons: [], restatements: [], directions: [], names: [], years: [], slips: [], tables: [], partOf: new Map(), half: PROSE_HALF };
  let id = 0;
  const reading: Reading = { doc, paragraphs: [], byBlock: new Map(), claims };
  const scope: ItemScope = {};
  for (const block of doc.blocks) {
    if (block.kind !== 'p') continue;
    const before = claims.names.length;
    names(block, claims);
    const namings = claims.names.slice(before).map((n): [number, string] => [n.end, pathKey(n)]);
    const bf = blockFigures(block, doc.year, () => ++id, scope, namings);
    reading.paragraphs.push(bf);
    reading.byBlock.set(block, bf);
    // (one by one: a paragraph may hold more figures than a call's arguments can)
    for (const f of bf.figures) claims.figures.push(f);
    shares(bf, claims);
    yoys(reading, reading.paragraphs.length - 1, claims, doc.year);
    completions(reading, reading.paragraphs.length - 1, claims);
    directions(reading, reading.paragraphs.length - 1, claims);
  }
  breakdowns(reading);
  reasons(reading);
  restatements(claims);
  for (const block of doc.blocks) {
    years(block, claims);
    slips(block, claims);
  }
  tables(doc.blocks, claims);
  const money = claims.figures.filter((f) => f.money);
  if (money.length >= 3 && money.every((f) => f.decimals === 0)) claims.half = WHOLE_HALF;
  return claims;
}
