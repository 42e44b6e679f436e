import { fitsRatio, percent } from '../../model/rounding.js';
import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-share',
    severity: 'error',
    title: { zh: '说明：占比与金额 ÷ 所占总额不符', en: 'Narrative: a share does not equal amount ÷ its total' },
    rationale: {
      zh: '“占{总额}{p}%”应等于该金额除以句中所指总额（本年收入合计、本年支出合计、一般公共预算财政拨款支出、“三公”经费合计、“其中”前的总额……），按四舍五入保留所写位数；在金额的四舍五入区间内能得到该占比即不报错。截尾而非四舍五入为警告。常见原因是沿用了上年的占比。',
      en: 'A share must equal the amount divided by the total it names, rounded to the decimals written; any true amounts within the displayed amounts’ rounding intervals that give it are accepted. Truncating instead of rounding is a warning. The usual cause is last year’s share left in place.',
    },
    fix: {
      zh: '用金额重新计算占比（四舍五入到两位小数）并改正文字；不要为凑 100% 调整某一项。',
      en: 'Recompute the share from the amounts (two decimals, half up) and correct the text; never adjust one share to reach 100%.',
    },
  },
  (ctx) => {
    for (const s of ctx.claims.shares) {
      if (!s.of) continue;
      const d = ctx.facts.denominator(s);
      if (!d || d.value.lt(0)) continue;
      // of a total of nothing, every share is nothing
      if (d.value.eq(0)) {
        if (!s.value.eq(0) && s.of.value.eq(0)) ctx.report('zeroTotal', s.block, [s.start, s.end], { stated: s.text, total: d.text, totalName: s.denominator || d.key }, { stated: s.text, expected: '0' });
        continue;
      }
      const fit = fitsRatio(s.value, s.decimals, s.of.value, d.value, ctx.claims.half);
      if (fit === 'round') continue;
      // expected as the text writes it: same decimals
      const decimals = s.decimals;
      const expected = percent(s.of.value, d.value, decimals);
      const args = { stated: s.text, expected, amount: s.of.text, total: d.text, totalName: s.denominator || d.key };
      if (fit === 'truncate') ctx.report('truncated', s.block, [s.start, s.end], args, { severity: 'warning', stated: s.text, expected });
      else ctx.report('default', s.block, [s.start, s.end], args, { stated: s.text, expected });
    }
  },
);
