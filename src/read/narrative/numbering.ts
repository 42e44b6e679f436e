// Word's automatic numbering: "一、", "（二）", "3." that Word draws before a paragraph but that are
// not in its text. Headings numbered this way would otherwise lose the numbers the outline is read by.
type XNode = Record<string, unknown>;

export interface XmlHelpers {
  tag(n: XNode): string;
  kids(n: XNode): XNode[];
  attr(n: XNode, name: string): string | undefined;
  walk(nodes: XNode[], name: string): Generator<XNode>;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

const CN = '一二三四五六七八九十';

function chinese(n: number): string {
  if (n <= 0) return String(n);
  if (n <= 10) return CN[n - 1];
  if (n < 20) return '十' + CN[n - 11];
  if (n < 100) return CN[Math.floor(n / 10) - 1] + '十' + (n % 10 ? CN[(n % 10) - 1] : '');
  return String(n);
}

function roman(n: number): string {
  const r: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, t] of r) while (n >= v) ((s += t), (n -= v));
  return s;
}

/** A counter in one of Word's number formats (w:numFmt). */
export function counterText(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographTraditional':
      return chinese(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[+d]);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  private readonly counters = new Map<string, number[]>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly x: XmlHelpers,
    numbering: XNode[] | undefined,
    styles: XNode[] | undefined,
  ) {
    for (const a of numbering ? x.walk(numbering, 'w:abstractNum') : []) {
      const levels = new Map<number, Level>();
      for (const l of x.kids(a).filter((k) => x.tag(k) === 'w:lvl'))
        levels.set(+(x.attr(l, 'w:ilvl') ?? 0), { start: +(this.val(l, 'w:start') ?? 1), format: this.val(l, 'w:numFmt') ?? 'decimal', text: this.val(l, 'w:lvlText') ?? '' });
      this.abstracts.set(x.attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const n of numbering ? x.walk(numbering, 'w:num') : []) {
      const starts = new Map<number, number>();
      for (const o of x.kids(n).filter((k) => x.tag(k) === 'w:lvlOverride')) {
        const s = this.val(o, 'w:startOverride');
        if (s !== undefined) starts.set(+(x.attr(o, 'w:ilvl') ?? 0), +s);
      }
      this.nums.set(x.attr(n, 'w:numId') ?? '', { abstract: this.val(n, 'w:abstractNumId') ?? '', starts });
    }
    for (const s of styles ? x.walk(styles, 'w:style') : []) {
      const ppr = this.first(s, 'w:pPr');
      const numPr = ppr && this.first(ppr, 'w:numPr');
      const ilvl = this.val(numPr, 'w:ilvl');
      this.styles.set(x.attr(s, 'w:styleId') ?? '', {
        numId: this.val(numPr, 'w:numId'),
        ilvl: ilvl === undefined ? undefined : +ilvl,
        basedOn: this.val(s, 'w:basedOn'),
      });
    }
  }

  private first(n: XNode, name: string): XNode | undefined {
    return this.x.kids(n).find((k) => this.x.tag(k) === name);
  }

  /** The w:val of a child element ("w:numId" of w:numPr), when there is one. */
  private val(n: XNode | undefined, name: string): string | undefined {
    const child = n && this.first(n, name);
    return child ? this.x.attr(child, 'w:val') : undefined;
  }

  /** The number Word shows before this paragraph ("一、"), or '' when it shows none. */
  label(p: XNode): string {
    const ppr = this.first(p, 'w:pPr');
    const numPr = ppr && this.first(ppr, 'w:numPr');
    let numId = this.val(numPr, 'w:numId');
    let ilvl = this.val(numPr, 'w:ilvl');
    // numbering from the paragraph's style (and the styles it is based on)
    for (let style = this.val(ppr, 'w:pStyle'), hops = 0; numId === undefined && style && hops < 10; hops++) {
      const s = this.styles.get(style);
      if (!s) break;
      numId = s.numId;
      if (ilvl === undefined && s.ilvl !== undefined) ilvl = String(s.ilvl);
      style = s.basedOn;
    }
    if (!numId || numId === '0') return '';
    const num = this.nums.get(numId);
    const levels = num && this.abstracts.get(num.abstract);
    if (!num || !levels) return '';
    const level = +(ilvl ?? 0);
    const counters = this.counters.get(num.abstract) ?? [];
    // a list instance with its own start begins again there
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [l, s] of num.starts) counters[l] = s - 1;
    }
    counters[level] = (counters[level] ?? (levels.get(level)?.start ?? 1) - 1) + 1;
    counters.length = level + 1;
    this.counters.set(num.abstract, counters);
    const def = levels.get(level);
    if (!def || def.format === 'bullet' || def.format === 'none') return '';
    return def.text.replace(/%(\d)/g, (_, d: string) => {
      const l = +d - 1;
      return counterText(counters[l] ?? levels.get(l)?.start ?? 1, levels.get(l)?.format ?? 'decimal');
    });
  }
}
