// What a figure is about: the words before it, trimmed to a comparable key.

/** Words that say nothing about what a figure is; a subject made only of these borrows the clause before. */
const GENERIC = /^(其中|支出|收入|决算|预算|决算数|预算数|支出决算|决算支出|金额|总额|全年总额|年度资金总额|资金|合计|小计|总计|共计|共|计|本年|全年|财政拨款|项目资金|支出总额|实有人数|人数|编制人数)?$/;

const LEAD = /^(其中|主要用于以下方面|主要包括|包括|以及|及|和|并|主要是|分别为|分别是|具体如下|有|与|比|较|决算)[：:，,]?/;
const TRAIL = /(的|为|是|达到?|共|共计|约|均为|各|累计|决算数|决算|共有|有)+$/;
const YEAR_LEAD = /^(截[至止]?\d{4}年\d{1,2}月\d{1,2}日[，,]?|\d{4}年度?(末|全年)?|全年|当年)/;

export function isGeneric(key: string): boolean {
  return GENERIC.test(key) || key.length < 2;
}

/** A subject's comparable form: no year, no verbs, no "支出决算为" tail, quotes and 小计 dropped. */
export function subjectKey(subject: string): string {
  let s = subject.replace(/\s+/g, '').replace(/[“”"‘’']/g, '').replace(/^\d{1,2}[.．、]/, '');
  for (let i = 0; i < 3; i++) s = s.replace(LEAD, '').replace(YEAR_LEAD, '');
  s = s.replace(/[（(][^）)]*[）)]$/, (m) => (/[类款项]/.test(m) ? m : ''));
  for (let i = 0; i < 3; i++) s = s.replace(TRAIL, '').replace(/(支出决算|决算支出|支出收入)$/, '支出').replace(/小计$/, '');
  return s;
}

/** The deepest name of a "{类}（类）…{款}（款）…{项}（项）" subject, with its path. */
export function classPath(subject: string): { lei?: string; kuan?: string; xiang?: string } | undefined {
  const m = /([^（）\-—－:：，,]+?)（类）(?:支出)?[-—－]?(?:([^（）\-—－]+?(?:（室）)?[^（）\-—－]*?)（款）)?[-—－]?(?:([^（）\-—－]+?)（项）)?/.exec(subject);
  if (!m) return undefined;
  return { lei: m[1], kuan: m[2], xiang: m[3] };
}
