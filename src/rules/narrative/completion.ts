import type { Completion } from '../../narrative/claims.js';
import type { NarrativeContext } from '../../narrative/context.js';
import { fitsRatio, percent } from '../../model/rounding.js';
import { budgetAmount } from '../../narrative/workbook-map.js';
import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-completion',
    severity: 'error',
    title: { zh: '说明：预算完成率与决算数、预算数不符（或针对零预算）', en: 'Narrative: a completion rate that the actual and the budget contradict (or against a zero budget)' },
    rationale: {
      zh: '决算数为零而写“完成预算100%”，意味着预算也是零，对零预算无所谓完成率（应写全年预算数或说明无预算）。决算数为零、“完成预算0%”在有预算时是对的：公开表“三公”表的预算数为零时为警告，没有公开表可查时只作提示。',
      en: 'A zero actual with “完成预算100%” implies a zero budget, against which no completion rate exists. A zero actual with “完成预算0%” is right when there was a budget: a warning when the workbook’s 三公 table budgets zero, a note when there is no workbook to tell.',
    },
    fix: {
      zh: '预算为零时不写完成率，改为说明没有安排预算的原因。',
      en: 'Do not state a completion rate against a zero budget; say why nothing was budgeted.',
    },
  },
  (ctx) => {
    for (const c of ctx.claims.completions) {
      if (c.of && c.budget) {
        ofBudget(ctx, c);
        continue;
      }
      if (c.of && c.of.value.gt(0)) {
        against(ctx, c);
        continue;
      }
      if (!c.of || !c.of.value.eq(0)) continue;
      const at = c.block.text.indexOf(c.text);
      const span: [number, number] = [at, at + c.text.length];
      if (c.value.gt(0)) ctx.report('default', c.block, span, { stated: c.shown, amount: c.of.text }, { stated: c.shown });
      else {
        // 0 of a budget is 0%: wrong only when nothing was budgeted, which the workbook may tell
        const budget = ctx.model ? budgetAmount(ctx.model, c.of.key) : undefined;
        if (budget && !budget.value.eq(0)) continue;
        if (budget) ctx.report('zeroBudget', c.block, span, { stated: c.shown, sheet: budget.source.sheet, cell: budget.source.cell }, { severity: 'warning', stated: c.shown });
        else ctx.report('zero', c.block, span, { stated: c.shown }, { severity: 'info', stated: c.shown });
      }
    }
  },
);

/** A rate of a budget the text states: actual ÷ budget, rounded as written (truncation a warning). */
function ofBudget(ctx: NarrativeContext, c: Completion): void {
  const span: [number, number] = [c.start, c.start + c.text.length];
  const actual = c.of!;
  const budget = c.budget!;
  const args = { stated: c.shown, amount: actual.text, budget: budget.text };
  if (budget.value.eq(0)) {
    // "完成预算0%" of nothing against nothing says nothing; any rate of a zero budget is meaningless
    if (!actual.value.eq(0) || !c.value.eq(0)) ctx.report('zeroBudgetText', c.block, span, args, { severity: 'warning', stated: c.shown });
    return;
  }
  const fit = fitsRatio(c.value, c.decimals, actual.value, budget.value, ctx.claims.half);
  if (fit === 'round') return;
  const expected = percent(actual.value, budget.value, c.decimals);
  ctx.report(fit === 'truncate' ? 'truncated' : 'budget', c.block, span, { ...args, expected }, { severity: fit === 'truncate' ? 'warning' : 'error', stated: c.shown, expected });
}

/** The sentence's word for actual against budget (大于/小于/持平), as data for the catalogue. */
const DIRECTION: Record<string, string> = { '1': 'above', '-1': 'below', '0': 'equal' };

/** A rate against what the sentence says of actual and budget: "完成预算100%，决算数大于预算数55.93万元". */
function against(ctx: NarrativeContext, c: Completion): void {
  const at = c.block.text.indexOf(c.text);
  const span: [number, number] = [at, at + c.text.length];
  const actual = c.of!.value;
  if (c.diff && c.direction) {
    const budget = actual.minus(c.diff.value.times(c.direction));
    if (budget.lte(0)) return;
    // the actual and the difference are both written to the cent
    if (fitsRatio(c.value, c.decimals, actual, budget, ctx.claims.half.times(2)) !== 'no') return;
    const expected = percent(actual, budget, c.decimals);
    ctx.report('budgetDiff', c.block, span, { stated: c.shown, expected, amount: c.of!.text, direction: DIRECTION[String(c.direction)], diff: c.diff.text }, { stated: c.shown, expected });
    return;
  }
  if (c.direction === undefined) return;
  const wrong = c.direction === 0 ? !c.value.eq(100) : c.direction > 0 ? c.value.lt(100) : c.value.gt(100);
  if (wrong) ctx.report('direction', c.block, span, { stated: c.shown, direction: DIRECTION[String(c.direction)] }, { stated: c.shown });
}
