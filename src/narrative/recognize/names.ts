// The 类/款/项 an item is named by: "一般公共服务支出（类）财政事务（款）行政运行（项）", also with
// 支出 after （类） and dashes between ("一般公共服务（类）支出-政府办公厅（室）及相关机构事务（款）-…").
import type { Claims } from '../claims.js';
import { CLASS_MARK, KUAN_MARK, XIANG_MARK } from '../lexicon.js';
import type { Block } from '../model.js';
import { isDigit } from '../scan.js';

export interface NamePart {
  text: string;
  start: number;
}

export interface ClassNaming {
  block: Block;
  start: number;
  end: number;
  lei: NamePart;
  kuan: NamePart;
  xiang?: NamePart;
}

const DASHES = '-—－';
/** What a 款 or 项 name cannot hold. */
const NAME_STOPS = '（）-—－:：，,。';
/** A 类 name cannot hold these either (nor digits and dots: "1." before it is not its name). */
const CLASS_STOPS = NAME_STOPS + '.';

/** The 款 or 项 name from `at` up to `mark`: at most one "（室）" inside. [name end, after the mark] or undefined. */
function nameUpTo(text: string, at: number, mark: string, allowRoom: boolean, minLength: number): [number, number] | undefined {
  let room = false;
  for (let j = at; j < text.length; j++) {
    if (text.startsWith(mark, j) && j - at >= minLength) return [j, j + mark.length];
    if (allowRoom && !room && text.startsWith('（室）', j)) {
      room = true;
      j += 2;
      continue;
    }
    if (NAME_STOPS.includes(text[j])) return undefined;
  }
  return undefined;
}

export function names(block: Block, claims: Claims): void {
  const text = block.text;
  let from = 0;
  for (let q = text.indexOf(CLASS_MARK); q >= 0; q = text.indexOf(CLASS_MARK, q + 1)) {
    if (q < from) continue;
    let a = q;
    // (an enumeration's 、 is not part of the name: "1、一般公共服务支出（类）")
    while (a > from && !CLASS_STOPS.includes(text[a - 1]) && !isDigit(text[a - 1]) && text[a - 1] !== '、') a--;
    if (a === q) continue;
    let kuan: [number, number] | undefined;
    let k0 = q + CLASS_MARK.length;
    // (?:支出)?[-—－]? before the 款, greedy: with 支出 first, without it if that fails
    for (const skip of text.startsWith('支出', k0) ? [2, 0] : [0]) {
      let k = k0 + skip;
      if (DASHES.includes(text[k] ?? '\u0000')) k++;
      kuan = nameUpTo(text, k, KUAN_MARK, true, 0);
      if (kuan) {
        k0 = k;
        break;
      }
    }
    if (!kuan) continue;
    const naming: ClassNaming = { block, start: a, end: kuan[1], lei: { text: text.slice(a, q), start: a }, kuan: { text: text.slice(k0, kuan[0]), start: k0 } };
    let x = kuan[1];
    if (DASHES.includes(text[x] ?? '\u0000')) x++;
    const xiang = nameUpTo(text, x, XIANG_MARK, false, 1);
    if (xiang) {
      naming.xiang = { text: text.slice(x, xiang[0]), start: x };
      naming.end = xiang[1];
    }
    claims.names.push(naming);
    from = naming.end;
  }
}

/** An item's identity: its whole path ("一般公共服务支出（类）财政事务（款）行政运行（项）"). */
export function pathKey(n: ClassNaming): string {
  return `${n.lei.text.replace(/^[、\s]+/, '')}（类）${n.kuan.text}（款）${n.xiang ? `${n.xiang.text}（项）` : ''}`;
}
