// Terminal columns of a line (a Chinese character takes two) and wrapping to a width.

/** East Asian wide and full-width characters: two columns in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

export function columns(text: string): number {
  let n = 0;
  for (const ch of text.replace(ANSI, '')) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Characters a line must not start with (closing marks): they stay with the character before. */
const NO_START = /^[，。、：；！？）」』”’》〉】,.;:!?)\]]/;

/** A command to copy and paste (soffice …, npx fa-check …): never broken across lines. */
const COMMAND = /(?:soffice|npx|fa-check|fa-render|fa-init) (?:"[^"]*"|[\x21-\x7e]+)(?: (?:"[^"]*"|[\x21-\x7e]+))*/y;

/** A table's printed id ("公开05表", "附表3"): one word, never split. */
const TABLE_ID = /公开\d+表|附表\d+/y;

const isCommand = (t: string) => /^(?:soffice|npx|fa-check|fa-render|fa-init) \S/.test(t);

/**
 * Tokens: a command, a run of non-space ASCII (a number, a cell address, a word), one wide
 * character, or spaces.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  const piece = /[\x21-\x7e]+|\s+|[^\s\x21-\x7e]/y;
  for (let i = 0; i < text.length; ) {
    COMMAND.lastIndex = i;
    const command = (i === 0 || /\s|[^\x21-\x7e]/.test(text[i - 1])) && COMMAND.exec(text);
    TABLE_ID.lastIndex = i;
    piece.lastIndex = i;
    const m = command || TABLE_ID.exec(text) || piece.exec(text)!;
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

/**
 * Wrap plain text (no colour codes) to `width` columns; lines after the first are indented by
 * `indent` spaces. A token longer than a line is cut.
 */
export function wrap(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  const room = () => width - (lines.length ? indent : 0);
  const put = (t: string) => {
    line.push(t);
    used += columns(t);
  };
  const flush = () => {
    lines.push((lines.length ? ' '.repeat(indent) : '') + line.join('').trimEnd());
    line = [];
    used = 0;
  };
  const list = tokens(text);
  for (let i = 0; i < list.length; i++) {
    let t = list[i];
    const w = columns(t);
    if (/^\s+$/.test(t)) {
      if (used + w > room()) flush();
      else if (used > 0 || i === 0) put(t);
      continue;
    }
    if (used + w > room() && used > 0) {
      const last = line[line.length - 1] ?? '';
      // a closing mark after a whole command hangs on its line: the command cannot move
      if (NO_START.test(t) && isCommand(last)) {
        put(t);
        continue;
      }
      // a closing mark takes the character before it along to the next line
      const carry = NO_START.test(t) && line.length > 1 && !/^\s+$/.test(last) ? line.pop()! : '';
      if (carry) used -= columns(carry);
      flush();
      if (carry) put(carry);
    }
    // a command wider than a line stands alone on its line, whole
    if (isCommand(t) && w > room() - used) {
      if (used > 0) flush();
      put(t);
      continue;
    }
    while (columns(t) > room() - used) {
      // a token wider than a whole line: cut it
      let cut = 0;
      let cw = 0;
      for (const ch of t) {
        const chw = WIDE.test(ch) ? 2 : 1;
        if (used + cw + chw > room()) break;
        cw += chw;
        cut += ch.length;
      }
      if (cut === 0) {
        flush();
        continue;
      }
      put(t.slice(0, cut));
      t = t.slice(cut);
      flush();
    }
    put(t);
  }
  if (line.join('').trim() || !lines.length) flush();
  return lines;
}
