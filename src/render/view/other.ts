// 第二部分 十: 机关运行经费, 政府采购, 国有资产, 预算绩效 — from the profile only (no core table holds them).
import { ZERO, type Dec } from '../../model/decimal.js';
import { fromProfile, wan, type ViewContext } from './context.js';

export function operating(c: ViewContext) {
  const op = c.profile.operating;
  const amount = fromProfile(op?.amount);
  return amount
    ? { known: true, amount: wan(amount), change: c.change(amount, fromProfile(op?.prior), '机关运行经费'), reason: c.profile.reasons?.operating ?? c.missing('gap.reasonOperating') }
    : { known: false, missing: c.missing('gap.operating') };
}

export function procurement(c: ViewContext) {
  const pr = c.profile.procurement;
  const total = pr ? [pr.goods, pr.works, pr.services].reduce<Dec>((s, v) => s.plus(fromProfile(v) ?? ZERO), ZERO) : undefined;
  return total
    ? { known: true, total: wan(total), goods: wan(fromProfile(pr!.goods) ?? ZERO), works: wan(fromProfile(pr!.works) ?? ZERO), services: wan(fromProfile(pr!.services) ?? ZERO) }
    : { known: false, missing: c.missing('gap.procurement') };
}

export function assets(c: ViewContext) {
  const veh = c.profile.assets?.vehicles;
  return veh
    ? { known: true, total: String(veh.total ?? 0), leaders: String(veh.leaders ?? 0), confidential: String(veh.confidential ?? 0), emergency: String(veh.emergency ?? 0), other: String(veh.other ?? 0), equipment: String(c.profile.assets?.equipment ?? 0) }
    : { known: false, missing: c.missing('gap.assets') };
}

export function performance(c: ViewContext) {
  return c.profile.performance?.length ? c.profile.performance : [c.missing('gap.performance')];
}
