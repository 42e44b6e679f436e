// A narrative file (.docx, .txt, .md) → NarrativeDoc, or the reason it cannot be read.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Finding } from '../../model/types.js';
import type { NarrativeDoc, RawBlock } from '../../narrative/model.js';
import { structure } from '../../narrative/structure.js';
import { limits, sniff, zipLimitExceeded } from '../workbook.js';
import { readPlain } from './plain.js';

export interface NarrativeResult {
  doc?: NarrativeDoc;
  findings: Finding[];
  unreadable?: string;
}

function failure(file: string, kind: string, args: Finding['args'] = {}): NarrativeResult {
  return { unreadable: kind, findings: [{ rule: 'input-unreadable', severity: 'error', messageId: kind, args, location: { file } }] };
}

export async function readNarrative(file: string): Promise<NarrativeResult> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).isDirectory()) return failure(file, 'directory');
    bytes = await readFile(file);
  } catch (e) {
    return failure(file, 'missing', { reason: (e as NodeJS.ErrnoException).code ?? '' });
  }
  let raw: RawBlock[];
  if (extname(file).toLowerCase() === '.docx') {
    const kind = sniff(bytes);
    if (kind === 'xls') return failure(file, 'doc');
    if (kind === 'encrypted') return failure(file, 'encrypted');
    if (kind !== 'zip') return failure(file, 'not-docx');
    const size = zipLimitExceeded(bytes);
    if (size) return failure(file, 'too-large', size);
    try {
      const { readDocx } = await import('./docx.js'); // the XML parser only when a .docx is read
      raw = readDocx(bytes);
    } catch (e) {
      return failure(file, 'corrupt', { reason: String((e as Error).message ?? e).slice(0, 200) });
    }
  } else {
    const text = bytes.toString('utf8');
    if (text.includes('\u0000')) return failure(file, 'not-text');
    raw = readPlain(text.replace(/^\uFEFF/, ''));
  }
  if (!raw.some((b) => b.text)) return failure(file, 'empty-narrative');
  if (raw.length > limits().paragraphs) return failure(file, 'too-many-paragraphs', { paragraphs: String(raw.length), limit: String(limits().paragraphs) });
  return { doc: structure(file, raw), findings: [] };
}
