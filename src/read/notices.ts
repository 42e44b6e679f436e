// Findings the reader makes, catalogued like rules so that --list-rules and the docs show them.
import { defineRule, type Rule } from '../rules/rule.js';

export const READER_NOTICES: Rule[] = [
  defineRule({
    id: 'input-unreadable',
    severity: 'error',
    kind: 'reader',
    title: { zh: '文件无法读取', en: 'Input cannot be read' },
    rationale: {
      zh: '文件不存在、不是 xlsx、是旧版 .xls、有密码保护、为空、找不到任何决算公开表，或是部门预算公开表（标题为“…预算表”）而不是决算公开表。退出码为 2，其余文件照常检查。',
      en: 'The file is missing, not an xlsx, an old .xls, password-protected, empty, holds none of the tables, or is a departmental budget workbook (titles “…预算表”) rather than final accounts. Exit code 2; the other inputs are still checked.',
    },
    fix: {
      zh: '按消息中的原因处理：确认路径正确；旧版 .xls 另存为 .xlsx；取消打开密码；文件损坏时重新导出。',
      en: 'Act on the reason given: check the path, save an old .xls as .xlsx, remove the password, or export a damaged file again.',
    },
  }),
  defineRule({
    id: 'read-converted',
    severity: 'info',
    kind: 'reader',
    title: { zh: '旧版 .xls 已自动转换', en: 'Old .xls converted' },
    rationale: {
      zh: '机器上有 LibreOffice 时，旧版 .xls 在临时目录中转换为 .xlsx 后检查，原文件不改动；设置环境变量 FA_NO_CONVERT 可关闭。',
      en: 'With LibreOffice on the machine an old .xls is converted to .xlsx in a temporary folder and checked; the original is left as it is. FA_NO_CONVERT turns this off.',
    },
    fix: {
      zh: '无需处理；把文件另存为 .xlsx 可省去每次转换。',
      en: 'Nothing to do; save the file as .xlsx to skip the conversion.',
    },
  }),
  defineRule({
    id: 'read-formula-no-cache',
    severity: 'error',
    kind: 'reader',
    title: { zh: '公式单元格没有计算结果', en: 'Formula without a cached value' },
    rationale: {
      zh: '单元格是公式但文件中没有保存计算结果（常见于程序生成、未在 Excel 中打开保存的文件）。不能把它当作 0，请在 Excel/WPS 中打开并保存后再检查。',
      en: 'The cell holds a formula but no stored result (typical of generated files never opened in Excel). It is not read as 0: open and save the file in a spreadsheet program first.',
    },
    fix: {
      zh: '在 Excel 或 WPS 中打开工作簿、重新计算并保存，或把公式改为数值。',
      en: 'Open the workbook in Excel or WPS, recalculate and save it, or replace the formula by its value.',
    },
  }),
  defineRule({
    id: 'read-cell-not-number',
    severity: 'error',
    kind: 'reader',
    title: { zh: '金额单元格不是数字', en: 'Amount cell is not a number' },
    rationale: {
      zh: '金额栏中出现文字、日期或错误值（如 #REF!），无法参与核对。',
      en: 'An amount column holds text, a date or an error value (#REF!), so it cannot take part in any check.',
    },
    fix: {
      zh: '在该单元格只填金额（零写 0 或留空），说明文字移到表下的注释行。',
      en: 'Put only the amount in the cell (0 or blank for zero) and move any remark to a note below the table.',
    },
  }),
  defineRule({
    id: 'read-header-unrecognised',
    severity: 'warning',
    kind: 'reader',
    title: { zh: '表头无法识别', en: 'Header not understood' },
    rationale: { zh: '按标题识别出了表，但表头缺少必要的栏目，该表不参与核对。', en: 'The title was recognised but the header lacks columns the checks need; the table is left out.' },
    fix: {
      zh: '按公开表样式恢复表头栏目名称（如“科目编码”“科目名称”“合计”）；标题不标准时在配置文件 titles 中登记。',
      en: 'Restore the standard header labels (科目编码, 科目名称, 合计 …); register a non-standard title under titles in the config file.',
    },
  }),
  defineRule({
    id: 'read-sheet-unrecognised',
    severity: 'info',
    kind: 'reader',
    title: { zh: '未识别的工作表', en: 'Unrecognised sheet' },
    rationale: { zh: '工作表的标题和表头不属于已知的决算公开表（如填表说明），已跳过。', en: 'The sheet’s title and header match no known table (for instance a cover note); skipped.' },
    fix: {
      zh: '若它是公开表，检查标题是否为标准名称（可在配置文件 titles 中补充）；否则无需处理。',
      en: 'If it is one of the tables, check that its title is the standard one (or add it under titles in the config); otherwise ignore it.',
    },
  }),
  defineRule({
    id: 'read-sheet-hidden',
    severity: 'info',
    kind: 'reader',
    title: { zh: '隐藏的工作表', en: 'Hidden sheet' },
    rationale: { zh: '隐藏的工作表不公开，不参与核对。', en: 'Hidden sheets are not published and are not checked.' },
    fix: {
      zh: '公开前删除隐藏的工作表，或取消隐藏以便检查。',
      en: 'Delete hidden sheets before publishing, or unhide them to have them checked.',
    },
  }),
  defineRule({
    id: 'read-table-missing',
    severity: 'warning',
    kind: 'reader',
    title: { zh: '缺少核心公开表', en: 'Core table missing' },
    rationale: { zh: '九张核心公开表之一没有找到，需要它的核对被跳过并列出。', en: 'One of the nine core tables was not found; the checks that need it are skipped and listed.' },
    fix: {
      zh: '补上这张表（没有数据也应公开空表并注明“本表无数据”）；本地区不公开这张表时，在配置文件 tables 中列出实际公开的表。',
      en: 'Add the table (publish it empty, marked 本表无数据, when it has no data); if your edition does not publish it, list the published tables under tables in the config file.',
    },
  }),
  defineRule({
    id: 'read-table-duplicate',
    severity: 'warning',
    kind: 'reader',
    title: { zh: '同一张表出现两次', en: 'Table present twice' },
    rationale: { zh: '两个工作表被识别为同一张表，只检查第一个。', en: 'Two sheets were recognised as the same table; only the first is checked.' },
    fix: {
      zh: '删除重复的工作表，只保留一份。',
      en: 'Delete the duplicate sheet.',
    },
  }),
  defineRule({
    id: 'read-table-twice',
    severity: 'warning',
    kind: 'reader',
    title: { zh: '两张不同的工作表识别为同一张表', en: 'Two different sheets read as one table' },
    rationale: {
      zh: '两个工作表的标题都指向同一张公开表，但内容不同（如本级与汇总、两个年度）。两张都检查；与其他表的核对也各做一次。',
      en: 'Two sheets carry the title of the same table but hold different figures (a unit and its consolidation, two years). Both are checked, each against the other tables too.',
    },
    fix: {
      zh: '只保留要公开的那一张，或把另一张的标题改成它真正的名称。',
      en: 'Keep only the sheet meant for publication, or give the other its real title.',
    },
  }),
  defineRule({
    id: 'read-workbook-blank',
    severity: 'warning',
    kind: 'reader',
    title: { zh: '工作簿中没有填写金额', en: 'No amount filled in' },
    rationale: {
      zh: '所有核心公开表的金额都为空或为零（例如 fa-init 生成的空白表样）。没有数字就没有可核对的关系，这不等于核对通过。',
      en: 'Every amount of the core tables is blank or zero (fa-init’s blank form, for instance). Without figures no relation can be checked, which is not the same as passing.',
    },
    fix: {
      zh: '填入决算数后再检查。',
      en: 'Fill in the figures, then check again.',
    },
  }),
  defineRule({
    id: 'read-unit-missing',
    severity: 'warning',
    kind: 'reader',
    title: { zh: '未找到金额单位', en: 'Money unit not found' },
    rationale: {
      zh: '表中没有“单位：万元/元”行。有其他表写明单位时沿用（提示），否则按万元处理并警告。',
      en: 'No “单位：万元/元” line. The unit of the other sheets is used (a note); failing that 万元 is assumed, with a warning.',
    },
    fix: {
      zh: '在表头上方加“单位：万元”（或“单位：元”）。',
      en: 'Add a “单位：万元” (or 元) line above the header.',
    },
  }),
  defineRule({
    id: 'read-department-missing',
    severity: 'info',
    kind: 'reader',
    title: { zh: '未找到部门名称', en: 'Department name not found' },
    rationale: { zh: '标题、“部门：”行和文件名中都没有部门名称。', en: 'No department name in the titles, the “部门：” line or the file name.' },
    fix: {
      zh: '在表头上方加“部门：××”一行，或在标题中写明部门名称。',
      en: 'Add a “部门：…” line above the header, or name the department in the title.',
    },
  }),
  defineRule({
    id: 'read-year-missing',
    severity: 'info',
    kind: 'reader',
    title: { zh: '未找到决算年度', en: 'Year not found' },
    rationale: { zh: '标题和文件名中都没有年度。', en: 'No year in the titles or the file name.' },
    fix: {
      zh: '在标题中写明年度，如“2024年度收入支出决算总表”。',
      en: 'Put the year in the title, e.g. 2024年度收入支出决算总表.',
    },
  }),
  defineRule({
    id: 'read-code-invalid',
    severity: 'warning',
    kind: 'reader',
    title: { zh: '科目编码格式不正确', en: 'Malformed code' },
    rationale: { zh: '功能分类编码应为 3、5 或 7 位数字（类、款、项）。', en: 'Functional codes have 3, 5 or 7 digits (class, 款, item).' },
    fix: {
      zh: '把科目编码写成 3、5 或 7 位数字（类、款、项），去掉空格和其他字符。',
      en: 'Write the code as 3, 5 or 7 digits (类, 款, 项) without spaces or other characters.',
    },
  }),
];
