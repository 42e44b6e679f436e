// The narrative reader runs in time proportional to its input: hostile texts (one long line of
// digits, of 万元 figures, of % figures, of change marks, of 其中 lists, of 共 totals, "共有" repeated,
// and random mixes of the characters the patterns look for) are doubled from 16 k to 1 M characters;
// the time fitted against the size over the seven sizes must grow with an exponent below 1.4 (linear is 1,
// quadratic 2: a fit over all sizes, not one doubling, so that one collection or one busy moment on the
// machine does not decide), and a document of 1 M characters stays under a hard ceiling. Times are this process's processor time (so a busy machine
// does not skew them), the best of two or three runs, with a floor under which noise is all there is.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { structure } from '../src/narrative/structure.js';
import { readPlain } from '../src/read/narrative/plain.js';
import { runNarrativeRules } from '../src/rules/narrative-engine.js';

const SIZES = [16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 1_024_000];
/** Seconds a 1 M-character document may take on a loaded CI machine (a few on an idle one). */
const CEILING = 60;
const FLOOR_MS = 30;

/** A small seeded generator (the mixes are the same on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const PIECES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '%', '万元', '共', '有', '其中', '比上年', '增加', '、', '，', '。', '（', '）', '：', '年', '完成预算', '决算数小于预算数', '（类）', '（款）', '（项）', '占', '主要原因'];

const HOSTILE: [string, (n: number) => string][] = [
  ['"共有" repeated, one figure', (n) => repeat('共有', n - 6) + '甲1万元。'],
  ['one line of digits', (n) => repeat('1234567890', n)],
  ['万元 figures', (n) => repeat('12.34万元', n)],
  ['% figures', (n) => repeat('5.5%', n)],
  ['change marks', (n) => repeat('比上年增加1.5万元，增长5%', n)],
  ['其中 lists', (n) => repeat('总额9万元，其中：甲1万元、乙2万元', n)],
  ['共 totals', (n) => repeat('甲1人、乙2人共3人', n)],
  ['class paths', (n) => repeat('一般公共服务支出（类）财政事务（款）行政运行（项）年初预算为1万元', n)],
  ['asides and completions', (n) => repeat('（甲1人、乙2人（完成预算100%', n)],
  [
    'random mixes',
    (n) => {
      const r = rng(n);
      let s = '';
      while (s.length < n) s += PIECES[Math.floor(r() * PIECES.length)];
      return s.slice(0, n);
    },
  ],
];

// a full collection before each timed run: no run pays for the garbage of the one before
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function seconds(text: string): number {
  let best = Infinity;
  // small inputs are cheap to time again, and the most exposed to a busy machine's noise
  for (let i = 0; i < (text.length <= 256_000 ? 3 : 2); i++) {
    // processor time of this process, not wall time: other work on the machine does not count
    collect();
    const t0 = process.cpuUsage();
    runNarrativeRules(structure('hostile.txt', readPlain(text)), undefined, undefined);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return Math.max(best, FLOOR_MS) / 1000;
}

/** The least-squares slope of log(time) against log(size): the power the time grows with. */
function exponent(sizes: number[], times: number[]): number {
  const x = sizes.map(Math.log);
  const y = times.map(Math.log);
  const mx = x.reduce((a, b) => a + b) / x.length;
  const my = y.reduce((a, b) => a + b) / y.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += (x[i] - mx) * (y[i] - my);
    den += (x[i] - mx) ** 2;
  }
  return num / den;
}

describe('the narrative reader is linear in its input', () => {
  for (const [name, make] of HOSTILE)
    it(`${name}: time grows linearly up to 1 M characters`, () => {
      // a first run lets the engine compile the reader's code, which would otherwise be timed at one size only
      seconds(make(SIZES[3]));
      const times = SIZES.map((n) => seconds(make(n)));
      expect(exponent(SIZES, times), times.map((t) => t.toFixed(3)).join(' ')).toBeLessThan(1.4);
      expect(times[times.length - 1]).toBeLessThan(CEILING);
    }, 240_000);
});
