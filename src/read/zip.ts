// A zip package (.xlsx, .docx) read one way only: what its central directory says, checked against
// the data. Why: a package that two readers can read differently (two entries of one name, a local
// header naming another file, sizes that lie) can pass here while Excel or Word shows something
// else; and a size the file declares is no bound on what inflating it costs. So every entry is
// checked before any is read, and bytes are counted as they are inflated, stopping at the limit.
import * as zlib from 'node:zlib';

export type ZipProblem = 'not-zip' | 'corrupt' | 'duplicate-entry' | 'unsafe-entry' | 'size-mismatch' | 'too-large' | 'too-many-parts';

/** Why a package is refused; `args` fill the message (entry names, sizes, limits). */
export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly args: Record<string, string> = {},
  ) {
    super(`${problem} ${JSON.stringify(args)}`);
  }
}

export interface ZipLimits {
  /** Bytes all inflated entries may add up to. */
  bytes: number;
  /** Entries the directory may list. */
  entries: number;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  /** First byte of the data, after the local header. */
  data: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

const crc32: ((data: Uint8Array) => number) | undefined = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;

const corrupt = (reason: string, entry?: string) => new ZipError('corrupt', entry ? { reason, entry } : { reason });

/** An entry name as stored: UTF-8 when flagged (or when it decodes as such), else byte for byte. */
function decodeName(raw: Uint8Array, utf8: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return utf8 ? new TextDecoder('utf-8').decode(raw) : Buffer.from(raw).toString('latin1');
  }
}

/** Absolute paths, drive letters, `..` steps and NULs name places outside the package. */
function unsafeName(name: string): boolean {
  if (name === '' || /^[/\\]/.test(name) || /^[a-zA-Z]:/.test(name) || name.includes('\0')) return true;
  return name.split(/[/\\]/).some((s) => s === '..');
}

/**
 * The form in which two part names are the same part: without regard to ASCII case (OPC), with
 * backslashes as slashes and %-escapes decoded (as some readers take them).
 */
function folded(name: string): string {
  let n = name.replace(/\\/g, '/');
  if (n.includes('%'))
    try {
      n = decodeURIComponent(n);
    } catch {
      // an invalid escape is kept as written
    }
  return n.toLowerCase();
}

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  /** Lower-cased name → entry: part names are compared without regard to case (OPC), so two such names are duplicates. */
  private readonly folded = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const u32 = (at: number) => view.getUint32(at, true);
    const u16 = (at: number) => view.getUint16(at, true);
    if (bytes.length < 22 || u32(0) !== LOCAL) throw new ZipError('not-zip');

    // the end record: the last signature from the end whose comment fits in the file
    let eocd = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
      if (u32(at) === EOCD && at + 22 + u16(at + 20) <= bytes.length) {
        eocd = at;
        break;
      }
    }
    if (eocd < 0) throw corrupt('找不到 zip 目录');
    let count = u16(eocd + 10);
    let dirSize = u32(eocd + 12);
    let dirOffset = u32(eocd + 16);
    let dirEnd = eocd;
    const zip64 = count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff;
    // one disk only (a zip64 writer may put 0xFFFF in these fields; its own record says)
    if (!zip64 && (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0 || u16(eocd + 8) !== count)) throw corrupt('分卷压缩包');
    if (zip64) {
      const loc = eocd - 20;
      if (loc < 0 || u32(loc) !== ZIP64_LOCATOR) throw corrupt('zip64 目录缺失');
      const rec = Number(view.getBigUint64(loc + 8, true));
      if (rec < 0 || rec + 56 > loc || u32(rec) !== ZIP64_EOCD) throw corrupt('zip64 目录缺失');
      count = Number(view.getBigUint64(rec + 32, true));
      dirSize = Number(view.getBigUint64(rec + 40, true));
      dirOffset = Number(view.getBigUint64(rec + 48, true));
      dirEnd = rec;
    }
    if (count > limits.entries) throw new ZipError('too-many-parts', { entries: String(count), limit: String(limits.entries) });
    // the directory ends where the end record starts: no bytes of another directory in between
    if (dirOffset + dirSize !== dirEnd) throw corrupt('zip 目录位置不符');

    const list: Entry[] = [];
    let at = dirOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > dirEnd || u32(at) !== CENTRAL) throw corrupt('zip 目录已损坏');
      const flags = u16(at + 8);
      const method = u16(at + 10);
      const crc = u32(at + 16);
      let compressedSize = u32(at + 20);
      let size = u32(at + 24);
      const nameLen = u16(at + 28);
      const extraLen = u16(at + 30);
      const commentLen = u16(at + 32);
      let offset = u32(at + 42);
      const end = at + 46 + nameLen + extraLen + commentLen;
      if (end > dirEnd) throw corrupt('zip 目录已损坏');
      const rawName = bytes.subarray(at + 46, at + 46 + nameLen);
      const name = decodeName(rawName, (flags & 0x800) !== 0);
      // zip64: the sizes and offset that did not fit, in this order, in extra field 1
      if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
        let x = at + 46 + nameLen;
        const xEnd = x + extraLen;
        let found = false;
        while (x + 4 <= xEnd) {
          const id = u16(x);
          const len = u16(x + 2);
          if (id === 1) {
            let p = x + 4;
            const next = () => {
              if (p + 8 > x + 4 + len) throw corrupt('zip64 字段不全', name);
              const v = Number(view.getBigUint64(p, true));
              p += 8;
              return v;
            };
            if (size === 0xffffffff) size = next();
            if (compressedSize === 0xffffffff) compressedSize = next();
            if (offset === 0xffffffff) offset = next();
            found = true;
            break;
          }
          x += 4 + len;
        }
        if (!found) throw corrupt('zip64 字段不全', name);
      }
      if (unsafeName(name)) throw new ZipError('unsafe-entry', { entry: name });
      const key = folded(name);
      const twin = this.folded.get(key);
      if (twin) throw new ZipError('duplicate-entry', { entry: name, other: twin.name });
      const entry: Entry = { name, flags, method, crc, compressedSize, size, offset, data: 0 };
      this.folded.set(key, entry);
      this.entries.set(name, entry);
      list.push(entry);
      at = end;
    }
    if (at !== dirEnd) throw corrupt('zip 目录已损坏');

    // each local header repeats its entry's name (and, without a data descriptor, its sizes); the
    // data of one entry never runs into another's, nor into the directory
    const byOffset = [...list].sort((a, b) => a.offset - b.offset);
    for (const [i, e] of byOffset.entries()) {
      const o = e.offset;
      if (o + 30 > dirOffset || u32(o) !== LOCAL) throw corrupt('本地文件头缺失', e.name);
      const nameLen = u16(o + 26);
      const extraLen = u16(o + 28);
      const localName = bytes.subarray(o + 30, o + 30 + nameLen);
      if (decodeName(localName, (u16(o + 6) & 0x800) !== 0) !== e.name) throw corrupt('本地文件头与目录中的名称不一致', e.name);
      if ((e.flags & 0x8) === 0) {
        const lc = u32(o + 18);
        const ls = u32(o + 22);
        const fits = (local: number, central: number) => local === central || local === 0xffffffff;
        if (u32(o + 14) !== e.crc || !fits(lc, e.compressedSize) || !fits(ls, e.size)) throw new ZipError('size-mismatch', { entry: e.name });
      }
      e.data = o + 30 + nameLen + extraLen;
      const limit = i + 1 < byOffset.length ? byOffset[i + 1].offset : dirOffset;
      if (e.data + e.compressedSize > limit) throw corrupt('部件数据相互重叠', e.name);
    }
  }

  /** Every entry name, as written. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry of this part name: as written, else the one name that differs only in case. */
  find(name: string): string | undefined {
    if (this.entries.has(name)) return name;
    return this.folded.get(folded(name))?.name;
  }

  /** Bytes inflated so far. */
  get used(): number {
    return this.inflated;
  }

  /**
   * The entry's bytes, inflated once, counted against the package's limit as they come: inflating
   * stops past the size the entry declares or the bytes left, whichever is less; a declared size
   * or checksum that the data does not bear out refuses the package.
   */
  read(name: string): Uint8Array | undefined {
    const found = this.find(name);
    if (found === undefined) return undefined;
    const e = this.entries.get(found)!;
    if (e.flags & 0x1) throw corrupt('部件已加密', e.name);
    const left = this.limits.bytes - this.inflated;
    const raw = this.bytes.subarray(e.data, e.data + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new ZipError('size-mismatch', { entry: e.name });
      if (e.size > left) throw this.tooLarge(e.name);
      out = raw;
    } else if (e.method === 8) {
      const cap = Math.min(e.size, left) + 1;
      try {
        out = zlib.inflateRawSync(raw, { maxOutputLength: Math.min(cap, zlib.constants.Z_MAX_CHUNK ?? cap, 2 ** 31 - 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw e.size > left ? this.tooLarge(e.name) : new ZipError('size-mismatch', { entry: e.name });
        throw corrupt('压缩数据已损坏', e.name);
      }
      if (out.length > left) throw this.tooLarge(e.name);
    } else throw corrupt(`不支持的压缩方式 ${e.method}`, e.name);
    if (out.length !== e.size) throw new ZipError('size-mismatch', { entry: e.name });
    if (crc32 && crc32(out) >>> 0 !== e.crc >>> 0) throw corrupt('校验和不符', e.name);
    this.inflated += out.length;
    return out;
  }

  private tooLarge(entry: string): ZipError {
    return new ZipError('too-large', { entry, limit: `${Math.round(this.limits.bytes / MB)} MB` });
  }
}
