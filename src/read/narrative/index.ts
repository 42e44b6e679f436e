// A narrative file (.docx, .txt, .md) → NarrativeDoc, or the reason it cannot be read.
import { extname } from 'node:path';
import type { Finding } from '../../model/types.js';
import type { NarrativeDoc, RawBlock } from '../../narrative/model.js';
import { structure } from '../../narrative/structure.js';
import { readInput } from '../input.js';
import { limits } from '../limits.js';
import { sniff } from '../workbook.js';
import { decodeText } from './decode.js';
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
  const max = limits();
  const docx = extname(file).toLowerCase() === '.docx';
  const input = await readInput(file, docx ? max.bytes * 2 : max.bytes);
  if ('problem' in input) return failure(file, input.problem === 'directory' ? 'narrative-directory' : input.problem, input.args);
  const bytes = input.bytes;
  let raw: RawBlock[];
  if (docx) {
    const kind = sniff(bytes);
    if (kind === 'xls') return failure(file, 'doc');
    if (kind === 'encrypted') return failure(file, 'encrypted-docx');
    if (kind !== 'zip') return failure(file, 'not-docx');
    const { readDocx } = await import('./docx.js'); // the XML parser only when a .docx is read
    const { DocxError } = await import('./docx-package.js');
    try {
      raw = readDocx(bytes);
    } catch (e) {
      if (e instanceof DocxError) return failure(file, e.problem, e.args);
      // the parser's own words are for developers: the user is told the document could not be read
      return failure(file, 'corrupt-docx', { reason: e instanceof RangeError ? '结构过于复杂' : '内容不符合 .docx 格式' });
    }
  } else {
    const decoded = decodeText(bytes);
    if ('problem' in decoded) return failure(file, 'bad-encoding', { offset: String(decoded.offset) });
    if (decoded.text.includes('\u0000')) return failure(file, 'not-text');
    raw = readPlain(decoded.text);
  }
  if (!raw.some((b) => b.text)) return failure(file, 'empty-narrative');
  if (raw.length > max.paragraphs) return failure(file, 'too-many-paragraphs', { paragraphs: String(raw.length), limit: String(max.paragraphs) });
  return { doc: structure(file, raw), findings: [] };
}
