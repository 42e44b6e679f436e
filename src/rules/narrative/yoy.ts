import { Big, fixed } from '../../model/decimal.js';
import { fitsRatio, percent, sameAmount } from '../../model/rounding.js';
import type { Yoy } from '../../narrative/claims.js';
import type { NarrativeContext } from '../../narrative/context.js';
import { partsOf } from '../../narrative/facts.js';
import { defineNarrativeRule } from '../rule.js';

/**
 * "与上年持平": this year's amount is last year's. Last year's is written beside it, or bounded by a
 * part's (last year's 一般公共预算财政拨款支出 from its own change ≤ last year's 财政拨款收支总计).
 */
function flat(ctx: NarrativeContext, y: Yoy, lastYear: Map<string, { value: Big; yoy: Yoy }>): void {
  const cur = y.current!;
  const at = y.block.text.indexOf('持平', cur.end);
  const span: [number, number] = at >= 0 ? [at, at + 2] : [cur.start, cur.end];
  if (y.prior) {
    if (sameAmount(cur.value, y.prior.value) === 'no')
      ctx.report('flat', y.block, span, { current: cur.text, prior: y.prior.text, stated: '持平' }, { stated: '持平', expected: cur.value.gt(y.prior.value) ? '增加' : '减少' });
    return;
  }
  if (!cur.item) return;
  for (const part of partsOf(cur.item)) {
    const p = lastYear.get(part);
    // the whole last year was at least the part last year; this year's must be that much to be level
    if (!p || p.yoy === y || !cur.value.plus(ctx.claims.half.times(3)).lt(p.value)) continue;
    ctx.report('flat-bound', y.block, span, { current: cur.text, part, partPrior: fixed(p.value, 2), whereSection: p.yoy.block.section, whereParagraph: p.yoy.block.index, stated: '持平' }, { stated: '持平', expected: '减少' });
    return;
  }
}

export default defineNarrativeRule(
  {
    id: 'n-yoy',
    severity: 'error',
    title: { zh: '说明：与上年相比的增减额、增减率或方向词与数字不符', en: 'Narrative: a year-over-year change, rate or direction word that the figures contradict' },
    rationale: {
      zh: '“与上年相比增加/减少Δ万元，增长/下降r%”：Δ 应等于本年数与上年数之差，r 应等于 Δ ÷ 上年数（上年数未写出时由本年数和 Δ 推出）；“增加/增长”只能用于增加，“减少/下降”只能用于减少；上年数为零时不能计算增长率。',
      en: 'Δ must equal this year minus last year, the rate Δ ÷ last year (last year derived from this year and Δ when not stated); 增加/增长 only for increases, 减少/下降 only for decreases; no rate from a zero base.',
    },
    fix: {
      zh: '用本年数和上年数重新计算增减额和增减率，方向词与实际一致（增加/减少、增长/下降）。',
      en: 'Recompute the change and the rate from both years, with the right direction word.',
    },
  },
  (ctx) => {
    // last year's amount of each subject, where a change and this year's amount give it
    const lastYear = new Map<string, { value: Big; yoy: Yoy }>();
    for (const y of ctx.claims.yoys) {
      const k = y.current?.item;
      if (!k || lastYear.has(k)) continue;
      if (y.prior) lastYear.set(k, { value: y.prior.value, yoy: y });
      else if (y.delta?.direction) lastYear.set(k, { value: y.current!.value.minus(y.delta.value.times(y.delta.direction)), yoy: y });
    }
    for (const y of ctx.claims.yoys) {
      if (y.direction === 0 && y.current && !y.delta) flat(ctx, y, lastYear);
      if (y.rate?.bothWords) ctx.report('both-words', y.block, [y.rate.start - y.rate.bothWords.length, y.rate.start], { stated: y.rate.bothWords }, { severity: 'warning', stated: y.rate.bothWords });
      const cur = y.current;
      if (!cur) continue;
      let prior = y.prior?.value;
      if (y.prior && y.delta) {
        const actual = cur.value.minus(y.prior.value);
        const fit = sameAmount(actual.abs(), y.delta.value);
        // one cent off can come from rounding the two years' figures: a note
        if (fit !== 'exact')
          ctx.report(fit === 'no' ? 'delta' : 'delta-rounding', y.block, [y.delta.start, y.delta.end], { stated: y.delta.text, expected: fixed(actual.abs(), 2), current: cur.text, prior: y.prior.text }, { severity: fit === 'no' ? 'error' : 'info', stated: y.delta.text, expected: fixed(actual.abs(), 2) });
        const sign = actual.gt(0) ? 1 : actual.lt(0) ? -1 : 0;
        if (y.delta.direction && sign !== 0 && y.delta.direction !== sign && fit !== 'no')
          ctx.report('direction', y.block, [y.delta.start, y.delta.end], { current: cur.text, prior: y.prior.text, word: y.delta.direction > 0 ? '增加' : '减少' }, { severity: 'error' });
      } else if (!prior && y.delta && y.delta.direction) {
        prior = cur.value.minus(y.delta.value.times(y.delta.direction));
      }
      if (y.rate && prior !== undefined) {
        if (prior.eq(0)) {
          // nothing either year: "增加0万元，增长0%" says no change, if idly
          if (cur.value.eq(0)) continue;
          ctx.report('zero-base', y.block, [y.rate.start, y.rate.start + y.rate.text.length], { rate: y.rate.text }, { stated: y.rate.text });
          continue;
        }
        const change = cur.value.minus(prior).abs();
        // the rate must follow from the two years' figures, each ±0.005
        const half = y.prior ? ctx.claims.half.times(2) : ctx.claims.half;
        // the change may be of the 其中 total before the figure ("总预算X元，其中：…b元，同比增加Δ元")
        const alt = y.alternative && !y.prior && y.delta?.direction ? y.alternative.value.minus(y.delta.value.times(y.delta.direction)) : undefined;
        const fitsAlt = alt !== undefined && alt.gt(0) && fitsRatio(y.rate.value, y.rate.decimals, y.delta!.value, alt, half) !== 'no';
        if (!fitsAlt && fitsRatio(y.rate.value, y.rate.decimals, change, prior, half) === 'no') {
          const expected = percent(change, prior, y.rate.decimals);
          const span: [number, number] = [y.rate.start, y.rate.start + y.rate.text.length];
          // which one to change: only a third figure decides. Last year's amount written beside the change
          // confirms the amounts; derived from this year's amount and the change, either may be the slip
          const direction = y.delta?.direction ?? y.rate.direction;
          if (y.prior || !y.delta || !direction || y.rate.value.eq(0)) ctx.report('rate', y.block, span, { stated: y.rate.text, expected, prior: fixed(prior, 2) }, { stated: y.rate.text, expected });
          else {
            // if the rate is right: last year = this year ÷ (1 ± rate), the change = the difference
            const priorIfRate = cur.value.div(new Big(1).plus(y.rate.value.times(direction).div(100)));
            const deltaIfRate = fixed(cur.value.minus(priorIfRate).abs(), 2);
            ctx.report('rate-either', y.block, span, { stated: y.rate.text, expected, prior: fixed(prior, 2), delta: y.delta.text, deltaIfRate, priorIfRate: fixed(priorIfRate, 2) }, { stated: y.rate.text, expected });
          }
        }
      }
    }
  },
);
