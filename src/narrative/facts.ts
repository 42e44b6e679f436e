// Subjects the narrative names as totals and denominators, resolved to the figures that state them.
import type { Figure, Share } from './claims.js';
import type { Claims } from './claims.js';
import { classCodeByName } from '../model/codes.js';
import type { Block } from './model.js';
import { subjectKey } from './subject.js';

/** Canonical names: the same total under the names authors give it. */
const CANON: [string, RegExp][] = [
  ['收支总计', /^(收[、和]?支总计|收入[、和]?支出总计|收入总计|支出总计|收支总计)$/],
  ['财政拨款收支总计', /^财政拨款(收[、和]?支|收入[、和]?支出|收入|支出)总计$/],
  ['本年收入合计', /^(本年收入合计|本年收入|收入合计|决算总收入|总收入|本年度收入合计)$/],
  ['本年支出合计', /^(本年支出合计|本年支出|支出合计|决算总支出|总支出|本年度支出合计)$/],
  ['一般公共预算财政拨款支出', /^一般公共预算财政拨款支出(合计|总额)?$/],
  ['一般公共预算财政拨款基本支出', /^一般公共预算财政拨款基本支出$/],
  ['三公经费', /^(三公经费)(财政拨款)?(支出)?(合计)?$/],
  ['因公出国（境）费', /^因公出国（境）(经)?费(用)?(支出)?$/],
  ['公务用车购置及运行维护费', /^公务用车购置及运行(维护)?费(支出)?$/],
  ['公务用车购置费', /^公务用车购置(费)?(支出)?$/],
  ['公务用车运行维护费', /^公务用车运行(维护)?费(支出)?$/],
  ['公务接待费', /^公务接待费(支出)?$/],
  ['政府采购支出总额', /^(政府采购支出总额|政府采购支出)$/],
  ['机关运行经费', /^机关运行经费(支出)?$/],
];

/**
 * Parts never larger than their whole in the same year (domain.md §3): a part's amount bounds the
 * whole's from below, in either year.
 */
export const PART_OF: Record<string, string[]> = {
  收支总计: ['本年收入合计', '本年支出合计', '财政拨款收支总计'],
  财政拨款收支总计: ['一般公共预算财政拨款支出', '政府性基金预算财政拨款支出', '国有资本经营预算财政拨款支出'],
  本年支出合计: ['基本支出', '项目支出', '一般公共预算财政拨款支出'],
  一般公共预算财政拨款支出: ['一般公共预算财政拨款基本支出'],
  一般公共预算财政拨款基本支出: ['人员经费', '公用经费'],
  三公经费: ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'],
  公务用车购置及运行维护费: ['公务用车购置费', '公务用车运行维护费'],
};

/** Every part of a whole, however deep. */
export function partsOf(whole: string): string[] {
  const out: string[] = [];
  const walk = (w: string) => {
    for (const p of PART_OF[w] ?? []) if (!out.includes(p)) (out.push(p), walk(p));
  };
  walk(whole);
  return out;
}

/** Subjects every narrative names the same way, besides the canonical totals above. */
const NAMED = new Set([
  ...CANON.map(([name]) => name),
  '基本支出',
  '项目支出',
  '上缴上级支出',
  '经营支出',
  '对附属单位补助支出',
  '人员经费',
  '公用经费',
  '财政拨款收入',
  '一般公共预算财政拨款收入',
  '政府性基金预算财政拨款收入',
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
  '年初结转和结余',
  '年末结转和结余',
  '政府性基金预算财政拨款支出',
  '国有资本经营预算财政拨款支出',
]);

/**
 * Is a canonical key a subject with one meaning wherever a narrative names it (a total, a source, a
 * 类, an item's 类/款/项 path)? Other words ("采购金额", "退休人员经费支出") may name different things in
 * different places: two such figures are never taken for one subject.
 */
export function isNamedSubject(k: string): boolean {
  return NAMED.has(k) || !!classCodeByName(k) || /（项）$/.test(k);
}

/** The canonical form of a subject key; keys without a synonym are their own canonical form. */
export function canon(key: string): string {
  const k = key.replace(/^.*?(办事处|局|委员会|中心|所|院|部|厅|办|本部门|本单位)(?=机关运行经费|政府采购)/, '');
  for (const [name, re] of CANON) if (re.test(k)) return name;
  return k;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The lead of a paragraph that names what its shares are of is within its first characters. */
const LEAD_MAX = 200;
const LEAD = /^(?:\d{4}年度?)?(.+?)(?:决算)?(?:中[，,]|主要用于|用于以下|的构成|构成为)/;
/** A paragraph ending with one of these runs on into the next (a list of one item a line), at most this many lines. */
const LIST_RUNS_ON = '；;：:';
const LIST_LINES_MAX = 64;

export class Facts {
  private byCanon = new Map<string, Figure[]>();
  private byItem = new Map<string, Figure[]>();
  private byBlock = new Map<Block, Figure[]>();
  private blockAt = new Map<number, Block>();

  constructor(
    readonly claims: Claims,
    readonly year: number | undefined,
  ) {
    for (const f of claims.figures) {
      if (f.role !== 'figure' || !f.money) continue;
      push(this.byBlock, f.block, f);
      push(this.byCanon, canon(f.key), f);
      // "“三公”经费财政拨款支出年初预算为…，支出决算为0.39万元": the 0.39 is 三公经费's, by its item
      if (f.item && isNamedSubject(canon(f.item)) && !isNamedSubject(canon(f.key))) push(this.byItem, canon(f.item), f);
      this.blockAt.set(f.block.index, f.block);
    }
  }

  /** The first figure the text states for a subject in a year (in any year when the year is not known). */
  find(name: string, year = this.year): Figure | undefined {
    const k = canon(subjectKey(name));
    const inYear = (f: Figure) => year === undefined || f.year === year;
    return this.byCanon.get(k)?.find(inYear) ?? this.byItem.get(k)?.find(inYear);
  }

  /** The first figure for a subject whatever its year: for a total stated only under a stale year label. */
  private anyYear(name: string): Figure | undefined {
    const k = canon(subjectKey(name));
    return this.byCanon.get(k)?.[0] ?? this.byItem.get(k)?.[0];
  }

  /**
   * The paragraph a list runs on from: "…主要用于以下方面：甲a万元，占p%；" ⏎ "乙b万元，占q%；" — each
   * paragraph before ends with "；" or "：" in the same section (a PDF or Word list of one item a line).
   */
  private listHead(block: Block): Block {
    let b = block;
    for (let n = 0; n < LIST_LINES_MAX; n++) {
      const prev = this.blockAt.get(b.index - 1);
      if (!prev || prev.kind !== 'p' || prev.heading || prev.section !== b.section || !LIST_RUNS_ON.includes(prev.text.trimEnd().slice(-1))) break;
      b = prev;
    }
    return b;
  }

  /** A share's denominator: its 其中 total, the subject its sentence opens with, or the one it names. */
  denominator(share: Share): Figure | undefined {
    if (share.denominator) return this.find(share.denominator, share.of?.year) ?? this.anyYear(share.denominator);
    if (share.of) {
      const bd = this.claims.breakdowns.find((b) => b.parts.includes(share.of!));
      if (bd) return bd.total;
      // "本年收入合计X万元，其中：财政拨款收入X万元，占100.00%": the one part listed
      const total = this.claims.partOf.get(share.of);
      if (total) return total;
    }
    const leadOf = (b: Block) => LEAD.exec(b.text.slice(0, LEAD_MAX));
    let head = share.block;
    let lead = leadOf(head);
    if (!lead && (head = this.listHead(share.block)) !== share.block) lead = leadOf(head);
    if (!lead) return undefined;
    // "X 9,800.00万元，主要用于以下方面：…": the figure the sentence opens with
    const opening = this.byBlock.get(head)?.find((f) => f.end <= lead[0].length);
    return opening ?? this.find(lead[1], share.of?.year) ?? this.anyYear(lead[1]);
  }
}
