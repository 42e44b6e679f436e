// What a narrative rule sees: the document, its claims, the facts it states, and the workbook when given.
import type { Finding, Related, Severity, WorkbookModel } from '../model/types.js';
import type { Claims } from './claims.js';
import type { Facts } from './facts.js';
import { STOPS } from './lexicon.js';
import type { Block, NarrativeDoc } from './model.js';

const QUOTE_REACH = 240;

/** The sentence around offsets [start, end), trimmed to a readable quote. */
export function quoteAround(text: string, start: number, end: number): string {
  // a quote is at most 90 characters: look no further than a window around the figure
  const floor = Math.max(0, start - QUOTE_REACH);
  const ceiling = Math.min(text.length, end + QUOTE_REACH);
  let a = start;
  while (a > floor && !STOPS.includes(text[a - 1])) a--;
  let b = end;
  while (b < ceiling && !STOPS.includes(text[b])) b++;
  let q = text.slice(a, b).trim();
  if (q.length > 90) {
    const from = Math.max(0, start - a - 40);
    q = (from > 0 ? '…' : '') + q.slice(from, from + 90) + (from + 90 < q.length ? '…' : '');
  }
  return q;
}

export class NarrativeContext {
  readonly findings: Finding[] = [];
  rule = '';
  severity: Severity = 'error';
  /** Figures already reported as wrong, so that a later rule does not report them again. */
  readonly flagged = new Set<string>();

  constructor(
    readonly doc: NarrativeDoc,
    readonly claims: Claims,
    readonly facts: Facts,
    readonly model?: WorkbookModel,
    readonly prior?: WorkbookModel,
  ) {}

  report(
    messageId: string,
    block: Block,
    span: [number, number] | undefined,
    args: Finding['args'],
    extra: { severity?: Severity; stated?: string; expected?: string; related?: Related[] } = {},
  ): void {
    const quote = span ? quoteAround(block.text, span[0], span[1]) : block.text.slice(0, 90);
    // a wrong figure is reported once; a rounding note does not stop a more specific finding
    if (span && (extra.severity ?? this.severity) !== 'info') this.flagged.add(`${block.index}:${span[0]}`);
    this.findings.push({
      rule: this.rule,
      severity: extra.severity ?? this.severity,
      messageId,
      args: { section: block.section, paragraph: block.index, quote, ...args },
      location: { file: this.doc.file, section: block.section || undefined, paragraph: block.index, quote },
      stated: extra.stated,
      expected: extra.expected,
      related: extra.related,
    });
  }

  isFlagged(block: Block, start: number): boolean {
    return this.flagged.has(`${block.index}:${start}`);
  }
}
