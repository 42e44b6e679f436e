// 名词解释 (第三部分) as data: the standard terms of the income and spending tables, and what each
// 功能分类 项 pays for. Worded by the team from the meaning the 《政府收支分类科目》 gives each line;
// a 项 not listed here (and of no common pattern) is left as a gap for the department to explain.

/** A standard term, shown always or only when its line of the workbook is not zero. */
export interface Term {
  term: string;
  text: string;
  /** Shown only when this amount is not zero: table, row key, column role. */
  when?: [string, string, string];
  /** Where the term stands: before the 项 entries or after them. */
  place: 'before' | 'after';
}

export const TERMS: Term[] = [
  { place: 'before', term: '财政拨款收入', text: '指单位本年度从同级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。' },
  { place: 'before', term: '上级补助收入', text: '指单位从主管部门和上级单位取得的非财政补助收入。', when: ['T01', 'inc.upper', 'amount'] },
  { place: 'before', term: '事业收入', text: '指事业单位开展专业业务活动及其辅助活动取得的收入。', when: ['T01', 'inc.business', 'amount'] },
  { place: 'before', term: '经营收入', text: '指事业单位在专业业务活动及其辅助活动之外，开展非独立核算的经营活动取得的收入。', when: ['T01', 'inc.operating', 'amount'] },
  { place: 'before', term: '附属单位上缴收入', text: '指事业单位附属的独立核算单位按有关规定上缴的收入。', when: ['T01', 'inc.subsidiary', 'amount'] },
  { place: 'before', term: '其他收入', text: '指单位取得的上述各项以外的收入，如存款利息收入、捐赠收入等。', when: ['T01', 'inc.other', 'amount'] },
  { place: 'before', term: '使用非财政拨款结余', text: '指事业单位动用以前年度积累的非财政拨款结余，弥补本年度收支差额的金额。', when: ['T01', 'inc.surplus', 'amount'] },
  { place: 'before', term: '年初结转和结余', text: '指单位以前年度留下、按规定结转到本年度继续使用的资金，包括尚未完成项目的结转资金和结余资金。' },
  { place: 'before', term: '结余分配', text: '指事业单位按规定缴纳的所得税，以及提取的职工福利基金、转入事业基金等。', when: ['T01', 'exp.distribution', 'amount'] },
  { place: 'before', term: '年末结转和结余', text: '指单位本年度尚未使用完、按规定结转到下一年度或以后年度继续使用的资金。' },
  { place: 'after', term: '基本支出', text: '指单位为保障机构正常运转、完成日常工作任务所发生的支出，由人员经费和公用经费构成。' },
  { place: 'after', term: '项目支出', text: '指单位在基本支出以外，为完成特定的行政工作任务或事业发展目标所发生的支出。' },
  { place: 'after', term: '上缴上级支出', text: '指事业单位按照财政部门和主管部门规定的标准或比例，上缴上级单位的支出。', when: ['T03', 'total', 'upper'] },
  { place: 'after', term: '经营支出', text: '指事业单位在专业业务活动及其辅助活动之外，开展非独立核算的经营活动发生的支出。', when: ['T03', 'total', 'operating'] },
  { place: 'after', term: '对附属单位补助支出', text: '指事业单位用财政拨款以外的收入对附属单位给予补助的支出。', when: ['T03', 'total', 'subsidiary'] },
  {
    place: 'after',
    term: '“三公”经费',
    text: '指单位用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。因公出国（境）费是单位工作人员因公出国（境）发生的国际旅费、住宿费、伙食补助费、培训费、公杂费等；公务用车购置及运行维护费是公务用车的购置支出（含车辆购置税），以及燃料、维修、过路过桥、保险等运行维护支出；公务接待费是单位按规定开支的各类公务接待（含外宾接待）费用。',
  },
  {
    place: 'after',
    term: '机关运行经费',
    text: '指行政单位（含参照公务员法管理的事业单位）为保障机关运行而购买货物和服务的各项公用经费，包括办公和印刷、邮电、差旅、会议、福利、日常维修、一般设备和专用材料购置、办公用房水电、取暖和物业管理、公务用车运行维护以及其他费用。',
  },
];

/** What a 项 pays for, by its 7-digit code. */
export const ITEMS: Record<string, string> = {
  '2010305': '指政府举办重大活动、召开重要会议，以及机关房产管理、公务用车管理等机关事务方面的专项支出。',
  '2010308': '指政府信访机构和其他部门办理人民群众来信来访事项的支出。',
  '2050201': '指各部门举办的学前教育（幼儿园）的支出。',
  '2050202': '指各部门举办的小学教育的支出。',
  '2050203': '指各部门举办的初中教育的支出。',
  '2050204': '指各部门举办的普通高中教育的支出。',
  '2080501': '指行政单位（含参照公务员法管理的事业单位）支付给离退休人员的离退休费等经费。',
  '2080502': '指事业单位支付给离退休人员的离退休费等经费。',
  '2080503': '指为离退休人员提供管理和服务的机构的支出。',
  '2080505': '指机关事业单位按养老保险制度的规定，由单位为职工缴纳的基本养老保险费。',
  '2080506': '指机关事业单位按规定由单位为职工缴纳的职业年金。',
  '2080507': '指财政对机关事业单位基本养老保险基金的补助。',
  '2080801': '指按规定发给烈士和因公牺牲、病故人员家属的一次性和定期抚恤金、丧葬补助费，以及烈士褒扬金。',
  '2080802': '指按规定发给伤残人员的伤残抚恤金和残疾军人护理费等。',
  '2101101': '指财政部门安排的行政单位（含参照公务员法管理的事业单位）基本医疗保险缴费、未参加医疗保险的行政单位的公费医疗经费，以及按规定享受离休待遇人员的医疗经费。',
  '2101102': '指财政部门安排的事业单位基本医疗保险缴费、未参加医疗保险的事业单位的公费医疗经费，以及按规定享受离休待遇人员的医疗经费。',
  '2101103': '指财政部门安排给公务员（含参照公务员法管理人员）的医疗补助经费。',
  '2120501': '指城乡社区道路清扫、垃圾清运与处理、公厕建设与维护、园林绿化等环境卫生方面的支出。',
  '2210201': '指单位按国家规定的基本工资、津贴补贴和缴存比例，为职工缴存的住房公积金。',
  '2210202': '指按房改政策规定向职工发放的住房租金补贴。',
  '2210203': '指按房改政策规定向无房或住房未达标的职工发放的住房补贴。',
};

/** 项 of the same name mean the same in every 款: these are explained by their name. */
export const ITEM_PATTERNS: { name: RegExp; text: string }[] = [
  { name: /^行政运行$/, text: '指行政单位（含参照公务员法管理的事业单位）为保障机构正常运转发生的基本支出。' },
  { name: /^一般行政管理事务$/, text: '指行政单位（含参照公务员法管理的事业单位）没有单独设置项级科目的其他项目支出。' },
  { name: /^机关服务$/, text: '指为行政单位（含参照公务员法管理的事业单位）提供后勤保障的服务中心、医务室等附属事业单位的支出。' },
  { name: /^事业运行$/, text: '指事业单位为保障机构正常运转发生的基本支出，不含行政单位（含参照公务员法管理的事业单位）所属服务中心、医务室等附属事业单位的支出。' },
];

/** A 其他…支出 项: what its 款 (or, for a 款 of its own, its 类) leaves to it. */
export function otherItemText(kuan: string, lei: string, kuanIsOther: boolean): string {
  return kuanIsOther ? `指除上述各款、项以外，其他用于${lei}方面的支出。` : `指${kuan}中除上述各项以外的其他支出。`;
}
