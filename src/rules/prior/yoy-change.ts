import { fixed } from '../../model/decimal.js';
import { showAbs } from '../../model/format.js';
import type { Amount } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../rule.js';

const DEFAULT_THRESHOLD = 0.3;

function compare(ctx: RuleContext, label: string, now: Amount | undefined, before: Amount | undefined): void {
  if (!now || !before || before.value.eq(0)) return;
  const share = now.value.minus(before.value).div(before.value);
  const threshold = ctx.options.yoyThreshold ?? DEFAULT_THRESHOLD;
  if (share.abs().lte(threshold)) return;
  ctx.report(
    'default',
    { label, stated: now.shown, prior: before.shown, diff: showAbs(now.value.minus(before.value), now), rate: fixed(share.times(100), 2), direction: share.gt(0) ? 'up' : 'down', threshold: `${Math.round(threshold * 100)}` },
    { sheet: now.source.sheet, cell: now.source.cell, code: now.source.code, name: now.source.row },
  );
}

export default defineRule(
  {
    id: 'yoy-change',
    severity: 'info',
    kind: 'prior',
    prior: true,
    title: { zh: '与上年相比变动较大的收支', en: 'Large changes against last year' },
    rationale: {
      zh: '收支总计、本年收入合计、本年支出合计、各类支出、一般公共预算财政拨款支出和“三公”经费与上年相比变动超过设定比例（默认 30%，配置项 yoyThreshold）时提示，说明中应解释原因。',
      en: 'Totals, classes, general-budget spending and “three public” costs that changed by more than a set share (30% by default, config yoyThreshold) are noted: the narrative should explain them.',
    },
    fix: {
      zh: '核对变动是否属实；属实时在决算说明中写明变动原因。',
      en: 'Confirm the change; then give its reason in the narrative.',
    },
  },
  (ctx) => {
    if (!ctx.prior) return;
    const pairs: [string, string, string][] = [
      ['T01', 'inc.grand', 'amount'],
      ['T01', 'inc.total', 'amount'],
      ['T01', 'exp.total', 'amount'],
    ];
    for (const [key, rowKey, role] of pairs) {
      const now = ctx.row(ctx.table(key), rowKey);
      compare(ctx, now?.name ?? rowKey, now?.amounts[role], ctx.row(ctx.table(key, ctx.prior), rowKey)?.amounts[role]);
    }
    const t05 = ctx.table('T05');
    const p05 = ctx.table('T05', ctx.prior);
    compare(ctx, '一般公共预算财政拨款支出', ctx.row(t05, 'total')?.amounts.total, ctx.row(p05, 'total')?.amounts.total);
    const priorClasses = new Map(ctx.codeRows(p05).map((r) => [r.code, r]));
    for (const r of ctx.codeRows(t05).filter((x) => x.code!.length === 3)) compare(ctx, `${r.code} ${r.name}`, r.amounts.total, priorClasses.get(r.code)?.amounts.total);
    compare(ctx, '“三公”经费', ctx.row(ctx.table('T07'), 'data')?.amounts['actual.total'], ctx.row(ctx.table('T07', ctx.prior), 'data')?.amounts['actual.total']);
  },
);
