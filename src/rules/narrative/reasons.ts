import { fixed, sum } from '../../model/decimal.js';
import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-reasons',
    severity: 'error',
    title: { zh: '说明：变动原因中列出的增减额与总变动不符', en: 'Narrative: the changes given as reasons do not fit the total change' },
    rationale: {
      zh: '“主要变动原因是……”列出的增减额：完整分解（基本支出与项目支出）之和必须等于总变动（错误）；同一方向的若干项之和超过总变动为警告（只有未提及的项目反向变动时才可能）。单独一项主要原因大于净变动是常见的，不报告。',
      en: 'The changes given as reasons: a complete breakdown (basic and project spending) must add up to the total change (an error); several items in the same direction that exceed it are a warning (possible only if unnamed items moved the other way). One main cause larger than the net change is common and not reported.',
    },
    fix: {
      zh: '列举的各项原因金额之和应与总变动一致：补全或改正原因中的金额。',
      en: 'The amounts given as reasons must add up to the change: complete or correct them.',
    },
  },
  (ctx) => {
    for (const r of ctx.claims.reasons) {
      const delta = r.yoy.delta!;
      const complete = r.complete;
      const signed = sum(r.deltas.map((d) => d.value.times(d.direction ?? 1)));
      const total = delta.value.times(delta.direction ?? 1);
      const bound = ctx.claims.half.times(r.deltas.length + 1);
      const args = { stated: delta.text, parts: r.deltas.map((d) => d.text).join(' + '), sum: fixed(signed.abs(), 2) };
      if (complete) {
        if (signed.minus(total).abs().gte(bound)) ctx.report('complete', delta.block, [delta.start, delta.end], args, { stated: fixed(signed.abs(), 2), expected: delta.text });
      } else if (r.deltas.length > 1 && r.deltas.every((d) => d.direction === delta.direction) && signed.abs().minus(total.abs()).gte(bound)) {
        // items that moved the other way may go unnamed: listed causes beyond the net change are doubtful,
        // not impossible; one main cause larger than the net change is common
        ctx.report('partial', delta.block, [delta.start, delta.end], args, { severity: 'warning', stated: fixed(signed.abs(), 2), expected: `≤ ${delta.text}` });
      }
    }
  },
);
