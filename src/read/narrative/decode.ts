// The text of a .txt/.md narrative: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one,
// UTF-8 when it is valid, else GB18030 (what Windows Notepad and WPS save Chinese text as) when
// that is valid; otherwise the file is refused, saying where. Never a guess with replacement
// characters: a figure read through one would be a figure the file does not hold.

export type Decoded = { text: string; encoding: string } | { problem: 'bad-encoding'; offset: number; encoding: string };

/** Where a fatal decoder first fails on these bytes, or -1 when all of them decode. */
export function firstInvalid(bytes: Uint8Array, encoding: string): number {
  const step = 4096;
  const fresh = () => new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const whole = fresh();
  let block = -1;
  for (let at = 0; at < bytes.length && block < 0; at += step) {
    try {
      whole.decode(bytes.subarray(at, at + step), { stream: true });
    } catch {
      block = at;
    }
  }
  if (block < 0) {
    try {
      whole.decode();
      return -1;
    } catch {
      block = Math.floor(Math.max(0, bytes.length - 1) / step) * step;
    }
  }
  // again from the failing block, a byte at a time: the first byte the decoder refuses
  const d = fresh();
  d.decode(bytes.subarray(0, block), { stream: true });
  let complete = block;
  for (let i = block; i < bytes.length; i++) {
    try {
      if (d.decode(bytes.subarray(i, i + 1), { stream: true }).length) complete = i + 1;
    } catch {
      return i;
    }
  }
  // the text ends inside a character, which starts here
  return complete;
}

/** CJK ideographs (the text of a Chinese narrative) among these characters. */
function ideographs(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '\u4e00' && ch <= '\u9fff') n++;
  return n;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? ['utf-8', 3] : bytes[0] === 0xff && bytes[1] === 0xfe ? ['utf-16le', 2] : bytes[0] === 0xfe && bytes[1] === 0xff ? ['utf-16be', 2] : undefined;
  const attempt = (encoding: string, skip = 0): Decoded => {
    const body = bytes.subarray(skip);
    try {
      return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding };
    } catch {
      return { problem: 'bad-encoding', offset: skip + firstInvalid(body, encoding), encoding };
    }
  };
  if (bom) return attempt(bom[0] as string, bom[1] as number);
  const utf8 = attempt('utf-8');
  if ('text' in utf8) return utf8;
  // Chinese written in UTF-8 before the first bad byte: a damaged UTF-8 file, not a GB one (GB18030
  // read as UTF-8 fails within its first few characters)
  if (ideographs(new TextDecoder('utf-8').decode(bytes.subarray(0, utf8.offset))) >= 4) return utf8;
  const gb = attempt('gb18030');
  if ('text' in gb) return gb;
  return gb.offset >= utf8.offset ? gb : utf8;
}
