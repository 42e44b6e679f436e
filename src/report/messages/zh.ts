// 中文消息目录：规则只产出数据，句子都在这里。占位符 {name}；{name:a=甲,b=乙} 按取值选词。
export const SHARED: Record<string, string> = {
  sum: '{at} {stated} 与计算值 {expected} 不符（差额 {diff}，超出四舍五入容许界 {bound}）。核对关系：{title}',
  rounding: '四舍五入差异：{at} {stated}，按组成项计算为 {expected}，差额 {diff} 在容许界 {bound} 内（{n} 个加数）',
  equal: '{at} {stated} 与 {otherAt} {otherShown} 不符（差额 {diff}）。核对关系：{title}',
  'equal-rounding': '四舍五入差异：{at} {stated} 与 {otherAt} {otherShown} 相差 {diff}（一个显示单位，可能由分表四舍五入造成）',
  leq: '{at} {stated} 超过了 {otherAt} {otherShown}（多 {diff}），部分不能大于整体。核对关系：{title}',
  'leq-rounding': '四舍五入差异：{at} {stated} 比 {otherAt} {otherShown} 多 {diff}（一个显示单位内）',
};

export const MESSAGES: Record<string, Record<string, string>> = {
  'input-unreadable': {
    missing: '{file}：文件不存在或无法打开',
    directory: '{file}：是目录，其中没有 .xlsx 工作簿',
    'not-zip': '{file}：不是有效的 .xlsx 文件（文件内容不是 zip 格式，可能已损坏或只是改了扩展名）',
    xls: '{file}：是旧版 Excel 97-2003（.xls）文件，fa 只读 .xlsx。请先转换：soffice --headless --convert-to xlsx "{file}"，或在 Excel/WPS 中“另存为”.xlsx',
    encrypted: '{file}：工作簿设有打开密码（已加密），无法读取。请在 Excel/WPS 中取消密码后另存，再检查',
    corrupt: '{file}：.xlsx 文件已损坏，无法解压（{reason}）',
    empty: '{file}：工作簿是空的，没有任何内容',
    'no-tables': '{file}：没有找到任何部门决算公开表。按标题和表头查找的是：{looked}',
    unsupported: '{file}：不支持的文件类型（支持 .xlsx 工作簿，以及 .docx/.txt/.md 决算说明）',
  },
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
  'x-t04-funds': { 'fund-empty': '{at} 为 {stated}，但 {sheet} 注明本表无数据，此处应为 0' },
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

export const WORDS = {
  error: '错误',
  warning: '警告',
  info: '提示',
  summary: '共 {errors} 个错误，{warnings} 个警告，{infos} 个提示（检查了 {files} 个文件）',
  fileHeader: '{file}',
  fileTables: '识别出 {count} 张表：{tables}',
  fileUnreadable: '无法读取',
  general: '（工作簿）',
  noFindings: '没有发现问题',
  listRules: '规则',
  skippedNone: '无',
};
