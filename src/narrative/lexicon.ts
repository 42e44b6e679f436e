// Every word and mark the narrative reader looks for, once. Recognisers and the scanner read these
// lists; nothing else in src/narrative or src/rules/narrative spells a sentence word of its own.
// Order matters where one word begins another: the longer comes first.

/** Ends a sentence. */
export const SENTENCE_ENDS = '。！？!?';
/** Ends a clause (、 does not: "收、支总计" is one subject, and list items are cut at the previous number anyway). */
export const CLAUSE_MARKS = '，,；;：:。！？!?\n';
/** Ends the stretch a quote, a comparison or a completion rate is read in. */
export const STOPS = '。；;！？!?\n';
/** Separates the clauses a 其中 list's gaps are cut into. */
export const GAP_MARKS = '，,；;';
/**
 * A clause of words that describes the part before it ("人员经费a万元，主要包括基本工资、津贴补贴；公用经费b万元")
 * opens with one of these: it does not end a 其中 list as other clauses of words do.
 */
export const DESCRIPTION_WORDS = ['主要包括', '主要用于', '主要是', '包括', '用于'] as const;
/** What a share's total words may not contain ("占本年支出合计的"). */
export const SHARE_STOPS = '，,。；;%';
/** What separates the values of a list: "A、B万元", "A，B万元", "A和B万元". */
export const LIST_SEPARATORS = '、，,和及与';
/** Clause punctuation a comparison ("与…相比") does not cross. */
export const COMPARISON_STOPS = '，,。；;';

export const MONEY_UNITS = ['万元', '亿元', '元'] as const;
/** Every unit a figure may carry, in the order they are tried (万元 before 万, 人次 before 人). */
export const UNITS = ['万元', '亿元', '元', '%', '人次', '人', '辆', '批次', '个', '次', '台（套）', '台', '套', '家', '项'] as const;
/** After "0.00 万" 万元 lost its 元 when one of these follows. */
export const AFTER_BARE_WAN = '，,。；;、）) \n';
/** Units a "共N…" total closes a list with (人 before 人次, as the totals are written). */
export const COUNT_TOTAL_UNITS = ['人', '辆', '个', '批次', '人次', '台', '套'] as const;
/** A figure followed by one of these is a date or a document number, not an amount. */
export const DATE_MARKS = '年月日号';

/** Subjects that state an amount without its unit ("决算数为817.16，"). */
export const UNITLESS_SUBJECTS = ['决算数', '预算数', '收入', '支出', '总额', '金额', '经费', '总计', '合计'] as const;
/** Verbs between such a subject and its amount. */
export const COPULAS = '为是';

/** Direction words before a change, longest first. */
export const DIRECTION_WORDS = ['增加', '减少', '增长', '下降', '降低', '上升', '增收', '减收', '增支', '减支', '减', '增'] as const;
/** Which of them say "up". */
export const UP_MARKS = ['增', '上升'] as const;
/** Words a rate follows ("增长5%", "降幅10%"), with the words that may come between. */
export const RATE_WORDS = ['增长', '下降', '降低', '上升', '减少', '增加', '增幅', '降幅'] as const;
export const RATE_NOUNS = ['率', '幅度'] as const;
export const RATE_VERBS = ['了', '为', '达'] as const;

/** "与/比/较 + last year" opens a change; "同比" does alone. */
export const COMPARE_WORDS = '与比较';
export const PRIOR_WORDS = ['上年度', '上年', '上一年度', '上一年', '去年', '同期'] as const;
export const YOY_WORD = '同比';
/** "与2023年…X万元相比": the words that close a comparison. */
export const COMPARISON_ENDS = ['相比', '比较', '对比'] as const;
/** Words that mean last year inside a figure's own clause. */
export const LAST_YEAR_WORDS = ['上年', '上一年', '去年'] as const;
/** Lookbehind of a year that opens a sentence: a compared year is not one ("与2023年"). */
export const COMPARED_YEAR_MARKS = '与比较同';
/** Words a change's own clause may hold without naming a subject ("2024年，其中，"). */
export const UNNAMING_WORDS = ['其中', '同时', '另外', '此外', '本年度', '本年', '全年', '总体'] as const;
export const UNNAMING_MARKS = '，,：:、 \n\t';
export const FLAT_WORD = '持平';

/** Budget kinds ("完成年初预算的…"). */
export const BUDGET_KINDS = ['年初', '全年', '调整'] as const;
export const COMPLETION_WORD = '完成';
export const BUDGET_WORD = '预算';
export const ACTUAL_WORD = '决算';
/** Actual against budget: larger, smaller. */
export const ABOVE_WORDS = ['大于', '高于', '超过', '多于'] as const;
export const BELOW_WORDS = ['小于', '低于', '少于'] as const;

/** Words after a figure that make it a threshold ("100万元以上"), and subjects that are thresholds. */
export const THRESHOLD_AFTER = ['以上', '以下', '及以上', '以内'] as const;
export const THRESHOLD_SUBJECTS = ['单价', '标准', '限额'] as const;

/** "其中" opens a breakdown; the marks that may follow it. */
export const QIZHONG = '其中';
export const QIZHONG_MARKS = '：:，,';
/** "共N人" closes a count list. */
export const TOTAL_WORDS = ['共', '合计', '总计'] as const;
/** People who are not part of a staff count ("退休人员2人"). */
export const NOT_STAFF = ['退休', '离休', '返聘'] as const;
/** Parentheses that hold an aside, as open/close pairs. */
export const ASIDES: [string, string][] = [
  ['（', '）'],
  ['(', ')'],
];
/** "按功能分类科目" turns a 其中 list to another classification. */
export const CLASSIFICATION_OPEN = '按';
export const CLASSIFICATION_WORDS = ['分类', '划分'] as const;
/** Budget and difference words that sit beside an item's amount ("年初预算为0.95万元，差值为0.95万元"). */
export const BESIDE_KEYS = ['年初预算数', '全年预算数', '调整预算数', '年初预算', '全年预算', '调整预算', '差值', '差额'] as const;
/** Differences are signed and written unsigned: they do not add up. */
export const DIFFERENCE_WORDS = ['差值', '差额', '增减', '变动'] as const;

/** "主要原因是…" / "主要变动原因" open the reasons of a change. */
export const REASON_WORDS = ['主要变动原因', '主要原因'] as const;
export const REASON_TAILS = ['是', '为', '有'] as const;
/** A complete breakdown of a change into reasons: these two and nothing else. */
export const COMPLETE_REASONS = ['基本支出', '项目支出'] as const;

/** Chinese numerals of outline marks ("（三）", "十一、"). */
export const NUMERALS = '一二三四五六七八九十';
/** Enumeration marks after a number ("1." "1、"). */
export const ENUM_DOTS = '.．';
export const ENUM_COMMA = '、';

/** Subtotal words that close a table's rows. */
export const SUBTOTAL_WORDS = ['小计', '合计', '总计'] as const;

/** Left to fill in by fa-render. */
export const PLACEHOLDER_OPEN = '【待补充';
export const PLACEHOLDER_CLOSE = '】';

/** The 类/款/项 path marks. */
export const CLASS_MARK = '（类）';
export const KUAN_MARK = '（款）';
export const XIANG_MARK = '（项）';
