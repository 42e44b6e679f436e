// 中文消息目录：规则只产出数据，句子都在这里。占位符 {name}；{name:a=甲,b=乙} 按取值选词。
export const SHARED: Record<string, string> = {
  sum: '{at} {stated} 与按组成项算出的 {expected} 不符（相差 {diff}）。核对关系：{relation}',
  rounding: '四舍五入差异：{at} {stated}，按组成项算出 {expected}，相差 {diff}，在舍入误差之内',
  equal: '{at} {stated} 与 {otherAt} {otherShown} 不符（相差 {diff}）。核对关系：{relation}',
  'equal-rounding': '四舍五入差异：{at} {stated} 与 {otherAt} {otherShown} 相差 {diff}（一个显示单位，可能由分表四舍五入造成）',
  leq: '{at} {stated} 超过了 {otherAt} {otherShown}（多 {diff}），部分不能大于整体。核对关系：{relation}',
  'leq-rounding': '四舍五入差异：{at} {stated} 比 {otherAt} {otherShown} 多 {diff}（一个显示单位内）',
};

export const MESSAGES: Record<string, Record<string, string>> = {
  'input-unreadable': {
    missing: '{file}：文件不存在或无法打开',
    directory: '{file}：是目录，其中没有 .xlsx 或 .xls 工作簿',
    'not-zip': '{file}：不是有效的 .xlsx 文件（文件内容不是 zip 格式，可能已损坏或只是改了扩展名）',
    xls: '{file}：是旧版 Excel 97-2003（.xls）文件，fa 只读 .xlsx。请先转换：soffice --headless --convert-to xlsx "{file}"，或在 Excel/WPS 中“另存为”.xlsx',
    encrypted: '{file}：工作簿设有打开密码（已加密），无法读取。请在 Excel/WPS 中取消密码后另存，再检查',
    corrupt: '{file}：.xlsx 文件已损坏，无法解压（{reason}）',
    empty: '{file}：工作簿是空的，没有任何内容',
    'no-tables': '{file}：没有找到任何部门决算公开表。按标题和表头查找的是：{looked}',
    'too-large': '{file}：解压后达 {size}（{entries} 个部件），超过上限 {limit}，为防止压缩炸弹未读取（可用环境变量 FA_MAX_UNCOMPRESSED_MB 调整）',
    'too-many': '{file}：有 {sheets} 张工作表、{cells} 个单元格，超过上限（工作表 / 单元格：{limit}），未读取（可用 FA_MAX_SHEETS、FA_MAX_CELLS 调整）',
    'too-many-paragraphs': '{file}：有 {paragraphs} 段，超过上限 {limit}，未读取（可用 FA_MAX_PARAGRAPHS 调整）',
    unsupported: '{file}：不支持的文件类型（支持 .xlsx 工作簿，以及 .docx/.txt/.md 决算说明）',
    doc: '{file}：是旧版 Word 97-2003（.doc）文件，请先转换：soffice --headless --convert-to docx "{file}"',
    'not-docx': '{file}：不是有效的 .docx 文件（不是 zip 格式）',
    'not-text': '{file}：不是文本文件（.txt/.md 应为 UTF-8 文本）',
    'empty-narrative': '{file}：决算说明中没有任何文字',
  },
  'read-converted': { default: '{file}：旧版 .xls 已用 LibreOffice 转换为 .xlsx 后检查（原文件未改动）' },
  'read-formula-no-cache': { default: '{at} 是公式（={text}）但文件中没有保存计算结果，不能按 0 处理；请在 Excel/WPS 中打开并保存后重试' },
  'read-cell-not-number': { default: '{at} 的内容「{text}」不是金额' },
  'read-header-unrecognised': { default: '{sheet}：标题为「{title}」，但表头缺少必要栏目（{missing}），该表未参与核对' },
  'read-sheet-unrecognised': { default: '{sheet}：不是已知的决算公开表，已跳过' },
  'read-sheet-hidden': { default: '{sheet}：隐藏的工作表，已跳过' },
  'read-table-missing': { default: '缺少「{title}」，需要它的核对已跳过：{skipped}' },
  'read-table-duplicate': { default: '{sheet} 与 {other} 是同一张表，只检查 {other}' },
  'read-unit-missing': { default: '{sheet}：没有找到金额单位，按{unit}处理{from:workbook=（沿用本工作簿其他表的单位）,assumed=（请补上“单位：万元”行）}' },
  'read-department-missing': { default: '没有找到部门名称（标题、“部门：”行和文件名中都没有）' },
  'read-year-missing': { default: '没有找到决算年度（标题和文件名中都没有）' },
  'read-code-invalid': { default: '{at}：科目编码「{code}」格式不正确（应为 3、5 或 7 位数字）' },
  'x-t01-t03-expense': { 'missing-class': '{sheet} 列有 {code}「{name}」，但 {other} 中没有这一类' },
  'x-t04-t05-general': { 'missing-class': '{sheet} 列有 {code}「{name}」，但 {other} 中没有这一类' },
  'x-t04-funds': { 'fund-empty': '{at} 为 {stated}，但 {fundSheet} 注明本表无数据，此处应为 0' },
  'n-share': {
    default: '{section} 第{paragraph}段「{quote}」：占比 {stated}% 与 {amount} ÷ {total}（{totalName}）= {expected}% 不符',
    truncated: '{section} 第{paragraph}段「{quote}」：占比 {stated}% 是截尾所得，四舍五入应为 {expected}%（{amount} ÷ {total}）',
  },
  'n-breakdown': {
    default: '{section} 第{paragraph}段「{quote}」：总数 {stated}{unit} 与其各项之和 {parts} = {expected}{unit} 不符',
    rounding: '{section} 第{paragraph}段「{quote}」：四舍五入差异：总数 {stated}{unit}，各项之和 {expected}{unit}（{n} 项）',
  },
  'n-yoy': {
    delta: '{section} 第{paragraph}段「{quote}」：增减额 {stated} 万元与 {current} − {prior} 不符，应为 {expected} 万元',
    'delta-rounding': '{section} 第{paragraph}段「{quote}」：四舍五入差异：增减额 {stated} 万元，{current} − {prior} = {expected} 万元',
    rate: '{section} 第{paragraph}段「{quote}」：增减率 {stated}% 与数字不符，按上年数 {prior} 计算应为 {expected}%',
    direction: '{section} 第{paragraph}段「{quote}」：方向词“{word}”与本年 {current}、上年 {prior} 的实际变动方向相反',
    'zero-base': '{section} 第{paragraph}段「{quote}」：上年数为零，不能计算增长率（{rate}%），应写“新增”',
  },
  'n-reasons': {
    complete: '{section} 第{paragraph}段「{quote}」：变动原因中 {parts} = {sum} 万元，与总变动 {stated} 万元不符',
    partial: '{section} 第{paragraph}段「{quote}」：列举的变动原因 {parts} = {sum} 万元，超过了总变动 {stated} 万元',
  },
  'n-table-sum': { default: '{section} 第{paragraph}段 表格「{label}」：{stated} 与其上 {n} 行之和 {expected} 不符' },
  'n-completion': {
    budgetDiff: '{section} 第{paragraph}段「{quote}」：完成预算 {stated}% 与决算数 {amount} 万元、决算数{direction:above=大于,below=小于}预算数 {diff} 万元不符，应为 {expected}%',
    direction: '{section} 第{paragraph}段「{quote}」：完成预算 {stated}% 却写决算数{direction:above=大于预算数,below=小于预算数,equal=与预算数持平}',
    default: '{section} 第{paragraph}段「{quote}」：决算数为 {amount} 却写完成预算 {stated}%：对零预算不存在完成率',
    zero: '{section} 第{paragraph}段「{quote}」：决算数为零、“完成预算{stated}%”：若该项未安排预算，宜改为说明未安排预算',
    zeroBudget: '{section} 第{paragraph}段「{quote}」：“完成预算{stated}%”，而公开表 {sheet} {cell} 的预算数为零：对零预算不存在完成率，宜改为说明未安排预算',
  },
  'n-typo': { default: '{section} 第{paragraph}段「{quote}」：“{stated}”疑为笔误' },
  'n-unit-missing': { default: '{section} 第{paragraph}段「{quote}」：金额 {stated} 缺少单位（万元）' },
  'n-stale-year': { default: '{section} 第{paragraph}段「{quote}」：“{text}”是上年报告的年份，本年报告应为 {expected} 年' },
  'n-class-name': { default: '{section} 第{paragraph}段「{quote}」：“{stated}”不是科目 {code} 的规定名称“{expected}”' },
  'n-chart': {
    workbook: '{section} 图表「{chart}」中 {category}{series} 为 {stated}，而{which:prior=上年,*=}公开表 {sheet} {cell} 为 {expected}',
    default: '{section} 图表「{chart}」中 {category}{series} 为 {stated}，正文（{whereSection} 第{whereParagraph}段）为 {expected}',
    rounding: '{section} 图表「{chart}」中 {category}{series} 为 {stated}，正文（{whereSection} 第{whereParagraph}段）为 {expected}，相差一分',
  },
  'n-workbook': {
    default: '{section} 第{paragraph}段「{quote}」：{subject} {stated} 万元与公开表 {sheet} {cell} 的 {expected} 不符',
    rounding: '{section} 第{paragraph}段「{quote}」：四舍五入差异：{subject} {stated} 万元，公开表 {sheet} {cell} 为 {expected}',
    change: '{section} 第{paragraph}段「{quote}」：{subject} 的增减额 {stated} 万元与两年公开表之差 {expected} 万元不符',
  },
  'n-restated': {
    default: '{section} 第{paragraph}段「{quote}」：{subject} 写作 {stated}，而{whereSection} 第{whereParagraph}段写作 {expected}',
    rounding: '{section} 第{paragraph}段「{quote}」：四舍五入差异：{subject} 写作 {stated}，{whereSection} 第{whereParagraph}段写作 {expected}',
    balance: '{section} 第{paragraph}段「{quote}」：{name} {stated} 与{whereSection} 第{whereParagraph}段的{other} {expected} 应相等（收入总计与支出总计平衡）；若指本年收入与本年支出，应改用“本年收入合计”“本年支出合计”',
  },
  'n-placeholder': { default: '{section} 第{paragraph}段：待补充：{what}' },
  'n-attached-table': {
    default: '{section} 附表「{title}」{row} {column}：{stated}，而公开表 {sheet} {cell} 为 {expected}',
    'extra-row': '{section} 附表「{title}」列有 {row}（{stated}），公开表 {sheet} 中没有这一行',
    'missing-row': '{section} 附表「{title}」缺少公开表 {sheet} {cell} 所在的 {row}（{stated}）',
  },
  'negative-amount': { default: '{at} 为负数 {stated}' },
  'code-name': { default: '{sheet} {cell} 科目 {code} 的名称为「{stated}」，规定名称为「{expected}」' },
  'unknown-code': {
    default: '{sheet} {cell} 科目编码 {code}「{name}」不属于任何已知的类',
    unlisted: '{sheet} 有 {count} 个科目编码不在内置编码表中：{codes}（内置表只收常见科目；可在配置文件 codes 中补充）',
  },
  'duplicate-code': { default: '{sheet} {cell} 科目编码 {code} 重复出现（首次在 {first}）' },
  'orphan-code': { default: '{sheet} {cell} {code}「{name}」缺少上级科目 {missing}' },
  'yoy-class': {
    appears: '{code}「{name}」是本年新增的支出类（{year}年没有）',
    disappears: '{code}「{name}」{year}年有支出，本年不再列示',
  },
  'yoy-change': { default: '{label}：本年 {stated}，上年 {prior}，{direction:up=增长,down=下降} {rate}%（变动超过 {threshold}%，说明中应解释原因）' },
};

/** 一组共用单元格的关系：最可能错在哪一格（rules/culprit.ts 的分析结果）。 */
export const GROUP: Record<string, string> = {
  one: '最可能错在 {sheet} {cell}（填写 {stated}，{readings}）',
  label: '——{label}',
  single: '按{through}应为 {expected}',
  agree: '按{throughs}都应为 {expected}',
  agreeAll: '按{throughs}都应为 {expected}',
  'through.row': '所在行',
  'through.column': '所在列',
  'through.other': '与 {sheet} {cell}{more:true=等,*=} 的关系',
  sep: '、',
  and: '与',
  readingSep: '；',
  several: '可能错在以下 {n} 格中的任何一格（仅凭这些关系无法判断是哪一格）：{cells}',
  cell: '{sheet} {cell}（填写 {stated}，应为 {expected}）',
  more: ' 等（另有 {n} 格）',
  none: '以下 {n} 个关系共用单元格，但改动任何一格都不能使它们同时成立：可能不止一处有误',
  members: '它涉及的关系：',
};

/** --format html 的页面文字。 */
export const HTML: Record<string, string> = {
  title: 'fa-check 核对报告',
  index: '文件',
  file: '文件',
  howto: '标红的单元格和句子有问题；深红加粗框的单元格是最可能出错的那一格。把鼠标停在标记上可看到问题说明；按 n / p 在错误之间跳转。',
  findingsHere: '{count} 个问题',
  unit: '单位：{unit}',
  general: '其他问题',
  chart: '图表',
  folded: '…… 其间 {count} 段没有问题（点击展开）',
};

export const WORDS = {
  error: '错误',
  warning: '警告',
  info: '提示',
  summary: '共 {errors} 个错误，{warnings} 个警告，{infos} 个提示（检查了 {files} 个文件）',
  fileSummary: '本文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示',
  fileHeader: '{file}',
  fileTables: '识别出 {count} 张表：{tables}',
  fileUnreadable: '无法读取',
  text: '（正文）',
  general: '（工作簿）',
  noFindings: '没有发现问题',
  listRules: '规则',
  refTitle: '# 规则参考',
  refIntro: '本页由 `npm run docs:rules` 从规则目录生成，请勿手改；`fa-check --list-rules` 在终端打印同样的内容（`fa-check --list-rules 规则编号…` 只看其中几条）。每条规则的示例都是真实运行的结果：在自带样例上改动一处、让这条规则成立的关系被打破后 fa-check 报告的那一条。',
  refChecks: '核对',
  refExample: '示例',
  refFix: '改正',
  refStated: '列示',
  refExpected: '应为',
  refTables: '涉及的表',
  refValues: '（{values}）',
  refSep: '，',
  skippedNone: '无',
  prior: '（上年）',
  roundingFolded: '四舍五入差异 {count} 条（都在舍入误差之内，不影响结果；--verbose 逐条显示），位置：{places}',
  paragraphAt: '第{paragraph}段',
  blank: '空白',
  legend: '说明：表中金额按显示的位数四舍五入，每个数可能与实际相差最后一位的半个单位（两位小数即 0.005）。合计与其组成项之差不超过这些半个单位之和时，只是舍入造成的，记为“提示”；超过才报“错误”。',
  failingFiles: '有错误的文件（{count} 个，共检查 {files} 个）：',
  fileColumn: '文件',
  listSep: '、',
};

/** 命令行的帮助、用法错误和提示；{cmd} 是命令名。 */
export const CLI: Record<string, string> = {
  'help.usage': '用法：',
  'help.arguments': '参数：',
  'help.options': '选项：',
  'help.commands': '命令：',
  'help.help': '显示帮助',
  'help.version': '显示版本号',
  'help.choices': '可选：{choices}',
  'help.default': '默认：{value}',
  'help.notes': '（{notes}）',
  'help.sep': '；',
  'opt.lang': '语言：zh（中文）或 en（英文）；也可设环境变量 FA_LANG=en',
  'check.usage': '[选项] <工作簿、目录或决算说明…>',
  'render.usage': '<工作簿.xlsx> -o <输出.docx> [选项]',
  'init.usage': '[目录] [选项]',
  'opt.debug': '内部错误时显示堆栈',
  'opt.force': '覆盖已存在的输出文件',

  'check.description': '核对部门决算公开表（及决算说明）中的数字关系，报告每一处不一致：在哪张表哪个单元格、列示数、应为数。',
  'check.arg.files': '.xlsx/.xls 工作簿或目录（递归查找 .xlsx、.xls）；.docx/.txt/.md 决算说明（单独核对）',
  'check.opt.narrative': '与工作簿一起核对的决算说明（.docx/.txt/.md），只能配一个工作簿',
  'check.opt.prior': '上年度的公开表工作簿，只能配一个工作簿',
  'check.opt.format': '报告格式',
  'check.opt.output': '把报告写入文件（已存在时需 --force）',
  'check.opt.failOn': '哪一级问题使退出码为 1',
  'check.opt.config': '配置文件（默认读取当前目录的 fa-check.config.json）',
  'check.opt.listRules': '列出全部规则：编号、级别、核对什么、示例、如何改正（加 --format json 输出 JSON）',
  'check.opt.noColor': '不使用颜色',
  'check.opt.verbose': '文本报告中逐条列出每个四舍五入差异（默认每张表合为一行）',
  'check.after': `
退出码：
  0  没有错误级别的问题（“提示”从不影响退出码）
  1  有错误（使用 --fail-on warning 时，警告也算）
  2  用法错误，或有输入文件无法读取（其余文件仍照常检查并报告）

示例：
  fa-check 决算公开表.xlsx
  fa-check 2024.xlsx --prior 2023.xlsx --narrative 决算说明.docx
  fa-check 各部门/ --format junit --output junit.xml
  fa-check 2024.xlsx --format sarif --output fa.sarif --force
  fa-check --list-rules
`,
  'check.noFiles': '没有给出要检查的文件',
  'check.unknownRules': '没有这条规则：{ids}（fa-check --list-rules 列出全部规则）',
  'check.pairing': '--prior 和 --narrative 只能与一个工作簿一起使用',
  'check.reportWritten': '报告已写入 {file}',
  'check.configInvalid': '{cmd}：配置文件 {file} 有误：',

  'render.description': '从部门决算公开表生成《部门决算说明》Word 文档：每个金额、占比、增减都由表计算得出，文字来自可编辑的模板。',
  'render.arg.workbook': '本年度部门决算公开表 .xlsx',
  'render.opt.prior': '上年度工作簿（增减额、增减率和对比图）',
  'render.opt.profile': '部门资料 YAML（职责、机构、变动原因、预算数、“三公”情况……），样例见 fixtures/profile-2024.yaml',
  'render.opt.template': '模板：sichuan、shanghai，或一个含 document.md 的目录',
  'render.opt.output': '输出的 .docx 文件',
  'render.opt.allowErrors': '工作簿有错误时仍然写出',
  'render.after': `
退出码：
  0  已写出文档（可有警告，如【待补充】内容）
  1  工作簿有错误级别的问题（会列出；加 --allow-errors 仍然写出）
  2  用法错误、输入无法读取、部门资料有误，或输出文件已存在而未加 --force

示例：
  fa-render 2024.xlsx --prior 2023.xlsx --profile 部门资料.yaml -o 决算说明.docx
  fa-render 2024.xlsx --template shanghai -o 决算说明.docx
  fa-render 2024.xlsx --template ./我的模板 -o 决算说明.docx --force
`,
  'render.missingOutput': '缺少 -o OUT.docx',
  'render.profileInvalid': '{cmd}：部门资料 {file} 有误：',
  'render.workbookErrors': '{cmd}：工作簿有 {count} 个错误：',
  'render.notWritten': '未写出文档（改正后重试，或加 --allow-errors）',
  'render.gap': '警告：待补充 {what}',
  'gap.table': '{title}中的数（工作簿中没有这张表）',
  'gap.year': '决算年度（公开表的标题和文件名中都没有“20XX年”）',
  'gap.prior': '{what}的上年数（用 --prior 给出上年工作簿）',
  'gap.department': '部门名称',
  'gap.itemBudget': '{code} {name} 的预算数（profile 的 budgets）',
  'gap.sangongItemBudget': '{name}预算数',
  'gap.sangongBudget': '“三公”经费预算数',
  'gap.abroadGroups': '因公出国（境）团组数',
  'gap.abroadPeople': '因公出国（境）人次',
  'gap.vehiclesPurchased': '购置车辆数',
  'gap.vehiclesOwned': '公务用车保有量',
  'gap.receptionBatches': '国内公务接待批次',
  'gap.receptionPeople': '国内公务接待人次',
  'gap.foreignBatches': '外事接待批次',
  'gap.duties': '部门职责（profile 的 duties）',
  'gap.organization': '机构设置（profile 的 organization）',
  'gap.reasonTotal': '收支总计变动原因（profile 的 reasons.total）',
  'gap.reasonFiscal': '财政拨款收支变动原因（profile 的 reasons.fiscal）',
  'gap.reasonOperating': '机关运行经费变动原因',
  'gap.operating': '机关运行经费（profile 的 operating）',
  'gap.procurement': '政府采购（profile 的 procurement）',
  'gap.assets': '国有资产占有使用情况（profile 的 assets）',
  'gap.performance': '预算绩效管理情况（profile 的 performance）',
  'render.written': '已写出 {file}',
  'render.writtenGaps': '已写出 {file}（{count} 处待补充）',
  'template.missing': '模板“{name}”不存在（可用：sichuan、shanghai，或一个含 document.md 的目录）',
  'template.noDocument': '{dir} 中没有 document.md',

  'init.description': '在目录中写入起步所需的文件：空白的部门决算公开表（九张核心表）、带中文注释的部门资料样例、fa-check.config.json 和一套可编辑的模板。已存在的文件不会被覆盖。',
  'init.arg.dir': '目标目录（默认当前目录）',
  'init.opt.year': '空白公开表的决算年度',
  'init.after': `
示例：
  fa-init 我的部门
  cd 我的部门 && fa-check 部门决算公开表.xlsx
`,
  'init.created': '已创建 {file}',
  'init.kept': '已存在，未改动 {file}',
  'init.next': '下一步：把数字填入或粘贴到 {workbook}，然后运行 npx fa-check {workbook}',

  'common.exists': '{file} 已存在；要覆盖请加 --force',
  'common.cannotWrite': '无法写入 {file}：{reason}',
  'common.usage': '{cmd}：用法错误：{message}\n（运行 {cmd} --help 查看用法）',
  'common.internal': '{cmd}：内部错误：{message}',
  'common.debugHint': '（加 --debug 查看详情）',
  'common.line': '{cmd}：{message}',

  'commander.unknownOption': '不认识的选项 {arg}',
  'commander.invalidArgument': '{arg} 的取值无效',
  'commander.missingArgument': '缺少参数 {arg}',
  'commander.optionMissingArgument': '选项 {arg} 缺少取值',
  'commander.excessArguments': '参数过多',

  'config.notObject': '顶层必须是一个 JSON 对象',
  'config.unknownField': '未知字段 "{field}"',
  'config.rules': '"rules" 必须是 { 规则编号: "off" | "error" | "warning" | "info" }',
  'config.ruleUnknown': '"rules.{id}"：没有这条规则（fa-check --list-rules 列出全部规则）',
  'config.ruleSeverity': '"rules.{id}"：取值 "{value}" 无效，应为 off、error、warning 或 info',
  'config.yoy': '"yoyThreshold" 必须是大于 0 的数（0.3 表示 30%）',
  'config.tables': '"tables" 必须是核心表编号的数组（{keys}）',
  'config.titles': '"titles" 必须是 { 表编号: [标题…] }',
  'config.titleKey': '"titles.{key}"：没有这张表',
  'config.titleList': '"titles.{key}" 必须是字符串数组',
  'config.codesKind': '"codes.{kind}"：应为 function 或 economic',
  'config.codesMap': '"codes.{kind}" 必须是 { "编码": "名称" }，编码为 3、5 或 7 位数字',
  'config.aliases': '"aliases" 必须是 { "旧名称": "现名称" }',
  'config.unreadable': '文件不存在或无法读取',
  'config.json': '不是有效的 JSON：{reason}',

  'profile.type': '{field}：应为{kinds}',
  'profile.or': '或',
  'profile.kind.string': '文本',
  'profile.kind.number': '数字',
  'profile.kind.integer': '整数',
  'profile.kind.array': '列表',
  'profile.kind.object': '键值表',
  'profile.top': '（顶层）',
  'profile.format': '{field}：格式不对（金额写数字，如 396.55）',
  'profile.negative': '{field}：不能为负数',
  'profile.key': '{field}：键应为科目编码',
  'profile.unknown': '{field}：未知字段',
  'profile.missing': '文件不存在',
  'profile.yaml': '不是有效的 YAML：{reason}',
};
