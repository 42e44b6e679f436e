// 第二部分 十: 机关运行经费, 政府采购, 国有资产, 预算绩效 — from the profile only (no core table holds them).
import { ZERO, type Dec } from '../../model/decimal.js';
import { fromProfile, share, wan, type ViewContext } from './context.js';

export function operating(c: ViewContext) {
  const op = c.profile.operating;
  const amount = fromProfile(op?.amount);
  if (!amount) return { known: false, missing: c.missing('gap.operating') };
  return {
    known: true,
    amount: wan(amount),
    change: op?.prior === undefined ? c.noChange(c.missing('gap.field', { what: '机关运行经费上年数', field: 'operating.prior' })) : c.change(amount, fromProfile(op.prior), '机关运行经费'),
    reason: c.profile.reasons?.operating ?? c.missing('gap.reasonOperating'),
  };
}

export function procurement(c: ViewContext) {
  const pr = c.profile.procurement;
  if (!pr) return { known: false, missing: c.missing('gap.procurement') };
  const field = (key: 'goods' | 'works' | 'services' | 'sme' | 'small', what: string) => ({ v: fromProfile(pr[key]), gap: () => c.missing('gap.field', { what, field: `procurement.${key}` }) });
  const parts = [field('goods', '政府采购货物支出'), field('works', '政府采购工程支出'), field('services', '政府采购服务支出')];
  const total = parts.every((x) => x.v) ? parts.reduce<Dec>((s, x) => s.plus(x.v!), ZERO) : undefined;
  const [goods, works, services] = parts.map((x) => (x.v ? wan(x.v) : x.gap()));
  // nothing bought, nothing awarded: with a total of zero the awards are zero too
  const award = (key: 'sme' | 'small', what: string) => {
    const f = field(key, what);
    const v = f.v ?? (total?.eq(0) ? ZERO : undefined);
    return { amount: v ? wan(v) : f.gap(), share: v && total ? share(v, total) : v ? c.missing('gap.field', { what: '政府采购支出总额', field: 'procurement' }) : f.gap() };
  };
  const sme = award('sme', '授予中小企业合同金额');
  const small = award('small', '授予小微企业合同金额');
  return {
    known: true,
    total: total ? wan(total) : c.missing('gap.field', { what: '政府采购支出总额', field: 'procurement.goods/works/services' }),
    goods,
    works,
    services,
    sme: sme.amount,
    smeShare: sme.share,
    small: small.amount,
    smallShare: small.share,
  };
}

export function assets(c: ViewContext) {
  const a = c.profile.assets;
  const veh = a?.vehicles;
  if (!veh) return { known: false, missing: c.missing('gap.assets') };
  const count = (key: 'total' | 'leaders' | 'confidential' | 'emergency' | 'other', what: string) =>
    veh[key] === undefined ? c.missing('gap.field', { what, field: `assets.vehicles.${key}` }) : String(veh[key]);
  const other = count('other', '其他用车数');
  return {
    known: true,
    total: count('total', '车辆总数'),
    leaders: count('leaders', '主要负责人用车数'),
    confidential: count('confidential', '机要通信用车数'),
    emergency: count('emergency', '应急保障用车数'),
    other,
    // what the other vehicles are for: the profile's words, a gap when it is silent and there are any
    hasOtherUse: veh.other !== 0,
    otherUse: veh.otherUse ?? (veh.other === 0 ? '' : c.missing('gap.field', { what: '其他用车的用途', field: 'assets.vehicles.otherUse' })),
    equipment: a?.equipment === undefined ? c.missing('gap.field', { what: '单价100万元以上设备数', field: 'assets.equipment' }) : String(a.equipment),
  };
}

export function performance(c: ViewContext) {
  return c.profile.performance?.length ? c.profile.performance : [c.missing('gap.performance')];
}
