import { show } from '../../model/decimal.js';
import { budgetAmount } from '../../narrative/workbook-map.js';
import { defineNarrativeRule } from '../rule.js';

export default defineNarrativeRule(
  {
    id: 'n-completion',
    severity: 'error',
    title: { zh: '说明：对零预算写完成率', en: 'Narrative: a completion rate against a zero budget' },
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
      if (!c.of || !c.of.value.eq(0)) continue;
      const at = c.block.text.indexOf(c.text);
      const span: [number, number] = [at, at + c.text.length];
      if (c.value.gt(0)) ctx.report('default', c.block, span, { stated: show(c.value), amount: c.of.text }, { stated: show(c.value) });
      else {
        // 0 of a budget is 0%: wrong only when nothing was budgeted, which the workbook may tell
        const budget = ctx.model ? budgetAmount(ctx.model, c.of.key) : undefined;
        if (budget && !budget.value.eq(0)) continue;
        if (budget) ctx.report('zeroBudget', c.block, span, { stated: show(c.value), sheet: budget.source.sheet, cell: budget.source.cell }, { severity: 'warning', stated: show(c.value) });
        else ctx.report('zero', c.block, span, { stated: show(c.value) }, { severity: 'info', stated: show(c.value) });
      }
    }
  },
);
