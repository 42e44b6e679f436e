// Header and row vocabulary of the published tables, as data: which header words exist, what marks
// a 合计 row, a note line, a 行次/栏次 column or row, split code columns, the document kind.
// Texts are compared after model/text.ts clean() (spaces dropped, brackets and quotes unified).
// A province's words are added through the config file ("headers"), which passes them to the reader.

/** Words that only ever appear in header cells (a row of them, without numbers, is a header row). */
export const HEADER_WORDS: string[] = [
  '项目', '项目名称', '科目编码', '功能分类科目编码', '支出功能分类科目编码', '经济分类科目编码', '功能科目编码', '经济科目编码',
  '科目代码', '编码', '代码', '科目名称', '名称', '功能科目名称', '经济科目名称', '功能分类', '经济分类', '支出功能分类',
  '行次', '栏次', '类', '款', '项',
  '收入', '支出', '金额', '决算数', '本年数', '本年决算数', '决算金额', '本年金额', '预算数', '合计', '小计',
  '本年收入合计', '本年支出合计', '本年收入', '本年支出', '基本支出', '项目支出', '人员经费', '公用经费',
  '年初结转和结余', '年末结转和结余', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入',
  '上缴上级支出', '经营支出', '对附属单位补助支出',
  '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款',
  '因公出国（境）费', '因公出国（境）费用', '公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行维护费',
  '公务用车运行费', '公务接待费', '年初预算', '年初预算数', '全年预算', '全年预算数', '调整预算', '调整预算数',
];

/** Amount columns of one-amount sides and groups (T01, T04 收入, T06), by their printed word. */
export const AMOUNT_WORDS: string[] = ['金额', '决算数', '本年数', '本年决算数', '决算金额', '本年金额', '本年决算'];

/** Split code columns: 类 | 款 | 项 under 科目编码. */
export const CODE_PARTS = ['类', '款', '项'];

/** Labels of a 合计 row (in the code, name or label column). */
export const TOTAL_ROW = /^(合计|总计|本年合计|合计数)$/;

/** A label that names the code or name column, under which a 合计 cell is a row label, not a column. */
export const LABEL_COLUMN = /(编码|代码|名称)$|^项目$|^[类款项]$/;

/** 行次 column / 栏次 row labels. */
export const LINE_LABEL = /^(行次|栏次)$/;

/** A note, source or instruction line under (or above) a table: never a data row. */
export const NOTE = /^(注|说明|备注|附注|附注说明|填表说明|填报说明|数据来源)\d*[：:、.]|^注\d*[：:]?$|^本表|^(以下|以上)(为|是)?空白?/;

/** A note saying the table has nothing to show. */
export const EMPTY_NOTE = /无数据|本表为空|无此项|无相关数据|空表/;

/** Lines above a header: unit, department and the like (repeated after a page break). */
export const META_LINE = /^(金额)?单位[：:]|^(部门（单位）|单位（部门）|部门|编制单位|填报单位|预算单位|部门名称|单位名称|编报单位)[：:]/;

/** Labels before a department name, printed with it in one cell or in the cell to its right. */
export const DEPARTMENT_LABEL = '(?:部门[（(]单位[）)]|单位[（(]部门[）)]|部门|单位|编制单位|填报单位|预算单位|部门名称|单位名称|编报单位)';

/** Document kind from title (and header) words: a 决算 (final accounts) or a 预算 (budget) table. */
export const KIND_FINAL = /决算/;
export const KIND_BUDGET = /预算(总)?表|预算(情况|明细)表|预算数|部门预算|单位预算/;
