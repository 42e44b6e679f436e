import { defineRule } from '../rule.js';

export default defineRule(
  {
    id: 't07-sum',
    severity: 'error',
    kind: 'table',
    tables: ['T07'],
    title: { zh: '“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；小计 = 购置费 + 运行维护费', en: 'T07: total = abroad + vehicles + reception; vehicles = purchase + running' },
    rationale: {
      zh: '预算数和决算数分别成立：“三公”经费合计等于三项之和，公务用车小计等于购置费与运行维护费之和。',
      en: 'For budget and actual alike: the “three public” total is its three items, and the vehicle subtotal is purchase plus running costs.',
    },
    fix: {
      zh: '“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；公务用车费 = 购置费 + 运行维护费。预算数、决算数分别核对。',
      en: '三公 total = travel abroad + vehicles + reception; vehicles = purchase + running. Check budget and actual separately.',
    },
  },
  (ctx) => {
    const row = ctx.row(ctx.table('T07'), 'data');
    if (!row) return;
    for (const kind of ['budget', 'actual']) {
      const a = (item: string) => row.amounts[`${kind}.${item}`];
      if (`${kind}.total` in row.amounts) ctx.sum(a('total'), [a('abroad'), a('car'), a('reception')]);
      if (`${kind}.car` in row.amounts && `${kind}.carBuy` in row.amounts) ctx.sum(a('car'), [a('carBuy'), a('carRun')]);
    }
  },
);
