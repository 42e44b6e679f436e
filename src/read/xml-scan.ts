// One pass over an XML part's bytes before it is parsed: how many elements (and of which names),
// how deep. Why: what a parser builds grows with the elements, not the bytes (a styled empty cell
// is twenty bytes and a few hundred once parsed), and deep nesting overflows the recursive walks
// that follow; counting first refuses such a part before any of that is spent. Linear: each byte
// is looked at once. Office XML never declares a DTD (ECMA-376 part 2, 8.1.4), so one is refused:
// it is how entity expansion and external entities get in.

export class XmlLimitError extends Error {
  constructor(
    readonly problem: 'xml-depth' | 'xml-dtd' | 'xml-elements',
    /** The limit that was passed (for the message). */
    readonly limit: number,
  ) {
    super(problem);
  }
}

export interface XmlCounts {
  elements: number;
  depth: number;
  /** Start tags per watched local name (prefix ignored: <x:c> is a c). */
  named: number[];
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === GT || b === SLASH;
}

function startsWith(b: Uint8Array, at: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * Count start tags (all, and those of the watched local names) and the greatest nesting depth;
 * throws once the elements pass `maxElements` or the depth passes `maxDepth`. `limit`: the limit
 * to name when the elements are a package's share of it.
 */
export function scanXml(bytes: Uint8Array, watch: string[], maxDepth: number, maxElements: number, limit = maxElements): XmlCounts {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = watch.map((w) => Uint8Array.from(w, (ch) => ch.charCodeAt(0)));
  const named = watch.map(() => 0);
  const n = b.length;
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let p = 0;
  // one loop over the bytes (an indexOf call for each '<' costs more than looking at every byte)
  while (p < n) {
    while (p < n && b[p] !== LT) p++;
    if (p >= n) break;
    const c = b[p + 1];
    if (c === SLASH) {
      if (depth > 0) depth--;
      p += 2;
      while (p < n && b[p] !== GT) p++;
      p++;
      continue;
    }
    if (c === 0x3f) {
      // <? … ?>
      const e = b.indexOf('?>', p + 2);
      if (e < 0) break;
      p = e + 2;
      continue;
    }
    if (c === 0x21) {
      if (startsWith(b, p, '<!--')) {
        const e = b.indexOf('-->', p + 4);
        if (e < 0) break;
        p = e + 3;
      } else if (startsWith(b, p, '<![CDATA[')) {
        const e = b.indexOf(']]>', p + 9);
        if (e < 0) break;
        p = e + 3;
      } else throw new XmlLimitError('xml-dtd', 0);
      continue;
    }
    // a start tag: its name (the local part after any prefix), then up to the '>' outside quotes
    let q = p + 1;
    let local = q;
    while (q < n && !isNameEnd(b[q])) {
      if (b[q] === 0x3a) local = q + 1;
      q++;
    }
    const len = q - local;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++)
        if (b[local + k] !== name[k]) {
          same = false;
          break;
        }
      if (same) named[i]++;
    }
    if (++elements > maxElements) throw new XmlLimitError('xml-elements', limit);
    let quote = 0;
    let r = q;
    for (; r < n; r++) {
      const x = b[r];
      if (quote) {
        if (x === quote) quote = 0;
      } else if (x === 0x22 || x === 0x27) quote = x;
      else if (x === GT || x === LT) break;
    }
    if (r >= n) break;
    if (b[r] === LT) {
      // a '<' inside a tag: broken XML, for the parser to report; go on from there
      p = r;
      continue;
    }
    if (b[r - 1] !== SLASH && ++depth > deepest) {
      deepest = depth;
      if (deepest > maxDepth) throw new XmlLimitError('xml-depth', maxDepth);
    }
    p = r + 1;
  }
  return { elements, depth: deepest, named };
}

/** An XML part as UTF-8 bytes: a byte-order mark decides UTF-16 (transcoded, so that the scan sees its tags); otherwise UTF-8, as the standard has it. */
export function utf8Xml(bytes: Uint8Array): Uint8Array {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  return label ? Buffer.from(new TextDecoder(label).decode(bytes), 'utf8') : bytes;
}

/** The text of a UTF-8 part in pieces, for a streaming parser (a UTF-8 byte-order mark dropped). */
export function* xmlChunks(bytes: Uint8Array, size = 64 * 1024): Generator<string> {
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < bytes.length; i += size) yield decoder.decode(bytes.subarray(i, i + size), { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

export function xmlText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
