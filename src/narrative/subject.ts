// What a figure is about: the words before it, trimmed to a comparable key.

/** Words that say nothing about what a figure is; a subject made only of these borrows the clause before. */
// a budget or a difference written after an item ("…支出0万元，年初预算为0.95万元，差值为0.95万元") is the item's own
const GENERIC = /^(其中|支出|收入|决算|预算|决算数|预算数|支出决算|决算支出|金额|总额|全年总额|年度资金总额|资金|合计|小计|总计|共计|共|计|本年|全年|财政拨款|项目资金|支出总额|实有人数|人数|编制人数|(?:年初|全年|调整)预算(?:数)?|差值|差额)?$/;

const LEAD = /^(其中|主要用于以下方面|主要包括|包括|以及|及|和|并|主要是|分别为|分别是|具体如下|有|与|比|较|决算)[：:，,]?/;
/** Words a subject may end with that say nothing of it ("…支出决算为", "…共有"), stripped one by one. */
const TRAIL_WORDS = ['决算数', '共计', '共有', '达到', '均为', '分别', '依次', '累计', '决算', '的', '为', '是', '达', '共', '约', '各', '有'];
/** A subject is read from at most its last characters (a longer "subject" is a run of text, not a name). */
const KEY_MAX = 120;

function stripTrail(s: string): string {
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const w of TRAIL_WORDS)
      if (s.endsWith(w)) {
        s = s.slice(0, -w.length);
        stripped = true;
        break;
      }
  }
  return s;
}
const YEAR_LEAD = /^(截[至止]?\d{4}年\d{1,2}月\d{1,2}日[，,]?|\d{4}年度?(末|全年)?|全年|当年)/;

/** A unit's name and the report's year before a subject ("广东省财政厅2023年度"). */
const UNIT_YEAR_LEAD = /^[^\d，,。；;：:]{2,30}?\d{4}年度?/;

/** Budget words in a key ("…年初预算", "完成全年预算"); 一般公共预算 is a fund, not a budget. */
const BUDGET_KEY = /(?:完成)?(?:年初|全年|调整)?预算(?:数|金额)?/g;

/** The funds named 预算 (一般公共预算, 政府性基金预算, 国有资本经营预算) are funds, not budgets. */
const FUNDS = /(?:一般公共|公共|政府性基金|国有资本经营)预算/g;

/** Is a key a budget's ("年初预算", "“三公”经费财政拨款支出年初预算", "完成预算")? */
export function isBudgetKey(key: string): boolean {
  const k = key.replace(FUNDS, '');
  return /预算/.test(k) && !/决算/.test(k);
}

/** A budget key without its budget words: what the budget is of ("三公经费财政拨款支出"), or ''. */
export function budgetOf(key: string): string {
  return key
    .replace(FUNDS, (m) => m.replace('预算', '\u0000'))
    .replace(BUDGET_KEY, '')
    .replace(/\u0000/g, '预算')
    .replace(/[为是的]+$/, '');
}

export function isGeneric(key: string): boolean {
  return GENERIC.test(key) || key.length < 2;
}

/** A subject's comparable form: no year, no verbs, no "支出决算为" tail, quotes and 小计 dropped. */
export function subjectKey(subject: string): string {
  let s = subject.slice(-KEY_MAX).replace(/\s+/g, '').replace(/[“”"‘’']/g, '').replace(/^\d{1,2}[.．、]/, '');
  for (let i = 0; i < 3; i++) s = s.replace(LEAD, '').replace(YEAR_LEAD, '');
  // "上海市普陀区财政局2024年度收入支出总计": the unit's name and the year before the subject
  s = s.replace(UNIT_YEAR_LEAD, '');
  s = s.replace(/[（(][^）)]*[）)]$/, (m) => (/[类款项]/.test(m) ? m : ''));
  for (let i = 0; i < 3; i++) s = stripTrail(s).replace(/(支出决算|决算支出|支出收入)$/, '支出').replace(/小计$/, '');
  return s;
}

/** The deepest name of a "{类}（类）…{款}（款）…{项}（项）" subject, with its path. */
export function classPath(subject: string): { lei?: string; kuan?: string; xiang?: string } | undefined {
  const m = /([^（）\-—－:：，,]+?)（类）(?:支出)?[-—－]?(?:([^（）\-—－]+?(?:（室）)?[^（）\-—－]*?)（款）)?[-—－]?(?:([^（）\-—－]+?)（项）)?/.exec(subject);
  if (!m) return undefined;
  return { lei: m[1], kuan: m[2], xiang: m[3] };
}

/** What the last item of a list carries for all of them: "收、支总计". */
const LIST_TAIL = /(总计|合计)$/;
const LIST_PREFIX = /^(一般公共预算财政拨款|政府性基金预算财政拨款|国有资本经营预算财政拨款|财政拨款)/;
const SHORT: Record<string, string> = { 收: '收入', 支: '支出' };

/**
 * The subjects of a "分别/各" list, in order: "收、支总计" → 收入总计, 支出总计; "人员经费和公用经费" → both;
 * "财政拨款收入、支出总计" → 财政拨款收入总计, 财政拨款支出总计. Undefined when the key does not name n items.
 */
export function listSubjects(key: string, n: number): string[] | undefined {
  let parts = key.split('、');
  // "人员经费和公用经费": two items joined by 和 — but not "社会保障和就业支出", one class
  const pair = parts.length === 1 && n === 2 ? /^(.+?)(?:和|及|与)(.+)$/.exec(key) : null;
  if (pair && /(经费|支出|收入|费|收|支)$/.test(pair[1])) parts = [pair[1], pair[2]];
  if (parts.length !== n || parts.some((p) => !p)) return undefined;
  const tail = LIST_TAIL.exec(parts[n - 1])?.[1] ?? '';
  const prefix = LIST_PREFIX.exec(parts[0])?.[1] ?? '';
  return parts.map((p) => {
    let head = tail && p.endsWith(tail) ? p.slice(0, -tail.length) : p;
    head = SHORT[head] ?? head;
    if (prefix && !head.startsWith(prefix)) head = prefix + head;
    return head + tail;
  });
}
