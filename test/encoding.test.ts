// Text narratives in the encodings Chinese text comes in: the same findings whatever the encoding;
// bytes that are no text in any of them refused, saying where.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalid } from '../src/read/narrative/decode.js';
import { checkJson, fixture, tempDir } from './helpers.js';

/** GB18030 bytes of a text (its two-byte part, which Chinese text lives in), by decoding every pair once. */
function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const d = new TextDecoder('gb18030', { fatal: true });
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      try {
        const ch = d.decode(Uint8Array.of(a, b));
        if (!table.has(ch)) table.set(ch, [a, b]);
      } catch {
        // no character
      }
    }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

const withoutFile = (findings: { location: { file?: string }; message: string }[], file: string) => findings.map((f) => ({ ...f, message: f.message.split(file).join('F'), location: { ...f.location, file: 'F' } }));

describe('text narratives in other encodings', () => {
  const seed = readFileSync(fixture('narratives/seed-2024.txt'), 'utf8');

  it('GB18030, UTF-16 LE and BE (with their marks), UTF-8 with a mark: the same findings as the UTF-8 original', async () => {
    const dir = tempDir();
    const original = await checkJson([fixture('narratives/seed-2024.txt')]);
    expect(original.report.findings.length).toBeGreaterThan(0);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const variants: [string, Buffer][] = [
      ['gb18030', gb18030(seed)],
      ['utf16le', le],
      ['utf16be', be],
      ['utf8bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)])],
    ];
    for (const [name, bytes] of variants) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, bytes);
      const r = await checkJson([file]);
      expect(r.code, name).toBe(original.code);
      expect(withoutFile(r.report.findings, file), name).toEqual(withoutFile(original.report.findings, fixture('narratives/seed-2024.txt')));
    }
  });

  it('decodes by the mark, then UTF-8, then GB18030', () => {
    expect(decodeText(Buffer.from('收入'))).toMatchObject({ text: '收入', encoding: 'utf-8' });
    expect(decodeText(gb18030('收入总计'))).toMatchObject({ text: '收入总计', encoding: 'gb18030' });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x6536 >> 8, 0x6536 & 0xff]))).toMatchObject({ text: '收', encoding: 'utf-16be' });
  });

  it('neither UTF-8 nor GB18030: refused, with the byte offset', async () => {
    const good = Buffer.from('收入总计100万元。\n');
    const bytes = Buffer.concat([good, Buffer.from([0xff, 0x41])]);
    expect(decodeText(bytes)).toMatchObject({ problem: 'bad-encoding', offset: good.length });
    const file = join(tempDir(), 'bad.txt');
    writeFileSync(file, bytes);
    const { code, report } = await checkJson([file]);
    expect(code).toBe(2);
    expect(report.files[0].unreadable).toBe('bad-encoding');
    expect(report.findings[0].message).toContain(`字节偏移 ${good.length}`);
  });

  it('a damaged UTF-8 file is not read as GB18030 (its Chinese before the bad byte says what it is)', () => {
    const b = Buffer.from('本部门收入总计一百万元，支出总计一百万元。');
    const at = b.length;
    const damaged = Buffer.concat([b, Buffer.from([0xc0]), Buffer.from('完')]);
    expect(decodeText(damaged)).toMatchObject({ problem: 'bad-encoding', offset: at });
  });

  it('firstInvalid finds the first byte a strict decoder refuses, across its 4 kB blocks, and a cut-off last character', () => {
    const long = Buffer.concat([Buffer.from('中'.repeat(3000)), Buffer.from([0x80]), Buffer.from('文')]);
    expect(firstInvalid(long, 'utf-8')).toBe(9000);
    expect(firstInvalid(Buffer.from('中文'), 'utf-8')).toBe(-1);
    expect(firstInvalid(Buffer.from('中文').subarray(0, 5), 'utf-8')).toBe(3);
  });
});
