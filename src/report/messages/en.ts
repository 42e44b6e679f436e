// English message catalogue, same keys as zh.ts.
export const SHARED: Record<string, string> = {
  sum: '{at} {stated} does not match its parts, which add up to {expected} (difference {diff}). Relation: {relation}',
  rounding: 'Rounding difference: {at} {stated}, its parts add up to {expected}; the difference {diff} is within rounding',
  equal: '{at} {stated} does not match {otherAt} {otherShown} (difference {diff}). Relation: {relation}',
  'equal-rounding': 'Rounding difference: {at} {stated} and {otherAt} {otherShown} differ by {diff} (one display unit, likely from rounding per table)',
  leq: '{at} {stated} exceeds {otherAt} {otherShown} (by {diff}); a part cannot exceed its whole. Relation: {relation}',
  'leq-rounding': 'Rounding difference: {at} {stated} exceeds {otherAt} {otherShown} by {diff} (within one display unit)',
};

export const MESSAGES: Record<string, Record<string, string>> = {
  'input-unreadable': {
    missing: '{file}: no such file, or it cannot be opened',
    directory: '{file}: a directory with no .xlsx or .xls workbooks',
    'not-zip': '{file}: not a valid .xlsx file (not a zip archive)',
    xls: '{file}: an old Excel 97-2003 (.xls) file; fa reads .xlsx. Convert it first: soffice --headless --convert-to xlsx "{file}"',
    encrypted: '{file}: the workbook is password-protected (encrypted); remove the password and save again',
    corrupt: '{file}: the .xlsx file is damaged and cannot be unpacked ({reason})',
    empty: '{file}: the workbook is empty',
    'no-tables': '{file}: none of the final-accounts tables was found. Looked for: {looked}',
    'too-large': '{file}: {size} uncompressed ({entries} parts), over the {limit} limit; not read, as a guard against decompression bombs (FA_MAX_UNCOMPRESSED_MB changes it)',
    'too-many': '{file}: {sheets} sheets and {cells} cells, over the limits (sheets / cells: {limit}); not read (FA_MAX_SHEETS, FA_MAX_CELLS change them)',
    'too-many-paragraphs': '{file}: {paragraphs} paragraphs, over the {limit} limit; not read (FA_MAX_PARAGRAPHS changes it)',
    unsupported: '{file}: unsupported file type (.xlsx workbooks, .docx/.txt/.md narratives)',
    doc: '{file}: an old Word 97-2003 (.doc) file; convert it first: soffice --headless --convert-to docx "{file}"',
    'not-docx': '{file}: not a valid .docx file (not a zip archive)',
    'not-text': '{file}: not a text file (.txt/.md must be UTF-8 text)',
    'empty-narrative': '{file}: the narrative holds no text',
  },
  'read-converted': { default: '{file}: old .xls converted to .xlsx with LibreOffice and checked (the original is unchanged)' },
  'read-formula-no-cache': { default: '{at} is a formula (={text}) with no stored result; it is not read as 0. Open and save the file in a spreadsheet program, then retry' },
  'read-cell-not-number': { default: '{at} holds “{text}”, which is not an amount' },
  'read-header-unrecognised': { default: '{sheet}: titled “{title}” but the header lacks required columns ({missing}); not checked' },
  'read-sheet-unrecognised': { default: '{sheet}: not a known final-accounts table; skipped' },
  'read-sheet-hidden': { default: '{sheet}: hidden sheet; skipped' },
  'read-table-missing': { default: 'Missing “{title}”; checks that need it were skipped: {skipped}' },
  'read-table-duplicate': { default: '{sheet} is the same table as {other}; only {other} is checked' },
  'read-unit-missing': { default: '{sheet}: no money unit found; read as {unit}{from:workbook= (the unit of the other sheets),assumed= (add a “单位：万元” line)}' },
  'read-department-missing': { default: 'No department name found (titles, “部门：” line, file name)' },
  'read-year-missing': { default: 'No year found (titles, file name)' },
  'read-code-invalid': { default: '{at}: malformed code “{code}” (3, 5 or 7 digits expected)' },
  'x-t01-t03-expense': { 'missing-class': '{sheet} lists {code} “{name}” but {other} does not' },
  'x-t04-t05-general': { 'missing-class': '{sheet} lists {code} “{name}” but {other} does not' },
  'x-t04-funds': { 'fund-empty': '{at} is {stated} but {fundSheet} says it has no data; 0 expected' },
  'n-share': {
    default: '{section} ¶{paragraph} “{quote}”: share {stated}% does not equal {amount} ÷ {total} ({totalName}) = {expected}%',
    truncated: '{section} ¶{paragraph} “{quote}”: share {stated}% is truncated; rounded it is {expected}% ({amount} ÷ {total})',
  },
  'n-breakdown': {
    default: '{section} ¶{paragraph} “{quote}”: total {stated}{unit} does not equal its parts {parts} = {expected}{unit}',
    rounding: '{section} ¶{paragraph} “{quote}”: rounding difference: total {stated}{unit}, parts add to {expected}{unit} ({n} parts)',
  },
  'n-yoy': {
    delta: '{section} ¶{paragraph} “{quote}”: change {stated} does not equal {current} − {prior} = {expected}',
    'delta-rounding': '{section} ¶{paragraph} “{quote}”: rounding difference: change {stated}, {current} − {prior} = {expected}',
    rate: '{section} ¶{paragraph} “{quote}”: rate {stated}% does not follow from the figures; from last year’s {prior} it is {expected}%',
    direction: '{section} ¶{paragraph} “{quote}”: “{word}” contradicts this year {current} against last year {prior}',
    'zero-base': '{section} ¶{paragraph} “{quote}”: last year was zero, so there is no growth rate ({rate}%)',
  },
  'n-reasons': {
    complete: '{section} ¶{paragraph} “{quote}”: the reasons {parts} = {sum} do not add up to the change {stated}',
    partial: '{section} ¶{paragraph} “{quote}”: the reasons listed {parts} = {sum} exceed the change {stated}',
  },
  'n-table-sum': { default: '{section} ¶{paragraph} table row “{label}”: {stated} does not equal the {n} rows above, {expected}' },
  'n-completion': {
    budgetDiff: '{section} ¶{paragraph} “{quote}”: completion {stated}% does not fit the actual {amount} and the actual {direction:above=exceeding,below=falling short of} the budget by {diff}; it is {expected}%',
    direction: '{section} ¶{paragraph} “{quote}”: completion {stated}% while the text says the actual is {direction:above=above,below=below,equal=equal to} the budget',
    default: '{section} ¶{paragraph} “{quote}”: actual {amount} with completion {stated}%: there is no completion rate against a zero budget',
    zero: '{section} ¶{paragraph} “{quote}”: a zero actual with “completion {stated}%”: if nothing was budgeted, say so instead',
    zeroBudget: '{section} ¶{paragraph} “{quote}”: “completion {stated}%” while the workbook budgets zero ({sheet} {cell}): say that nothing was budgeted instead',
  },
  'n-typo': { default: '{section} ¶{paragraph} “{quote}”: “{stated}” looks like a slip' },
  'n-unit-missing': { default: '{section} ¶{paragraph} “{quote}”: amount {stated} has no unit (万元)' },
  'n-stale-year': { default: '{section} ¶{paragraph} “{quote}”: “{text}” is last report’s year; this report’s is {expected}' },
  'n-class-name': { default: '{section} ¶{paragraph} “{quote}”: “{stated}” is not the official name of code {code}, “{expected}”' },
  'n-chart': {
    workbook: '{section} chart “{chart}”: {category} {series} is {stated}, but {which:prior=last year’s,*=the} workbook’s {sheet} {cell} is {expected}',
    default: '{section} chart “{chart}”: {category} {series} is {stated}; the text ({whereSection} ¶{whereParagraph}) says {expected}',
    rounding: '{section} chart “{chart}”: {category} {series} is {stated}; the text ({whereSection} ¶{whereParagraph}) says {expected}, one cent apart',
  },
  'n-workbook': {
    default: '{section} ¶{paragraph} “{quote}”: {subject} {stated} does not match the workbook, {sheet} {cell} {expected}',
    rounding: '{section} ¶{paragraph} “{quote}”: rounding difference: {subject} {stated}, workbook {sheet} {cell} {expected}',
    change: '{section} ¶{paragraph} “{quote}”: change in {subject} {stated} does not match the two workbooks, {expected}',
  },
  'n-restated': {
    default: '{section} ¶{paragraph} “{quote}”: {subject} is {stated} here and {expected} at {whereSection} ¶{whereParagraph}',
    rounding: '{section} ¶{paragraph} “{quote}”: rounding difference: {subject} {stated} here, {expected} at {whereSection} ¶{whereParagraph}',
    balance: '{section} ¶{paragraph} “{quote}”: {name} {stated} must equal {other} {expected} at {whereSection} ¶{whereParagraph} (the grand totals balance); for this year’s income and spending, say 本年收入合计 and 本年支出合计',
  },
  'n-placeholder': { default: '{section} ¶{paragraph}: to fill in: {what}' },
  'n-attached-table': {
    default: '{section} attached table “{title}”, {row}, {column}: {stated}, but the workbook’s {sheet} {cell} is {expected}',
    'extra-row': '{section} attached table “{title}” lists {row} ({stated}), a row {sheet} of the workbook does not have',
    'missing-row': '{section} attached table “{title}” leaves out {row} ({stated}), {sheet} {cell} of the workbook',
  },
  'negative-amount': { default: '{at} is negative: {stated}' },
  'code-name': { default: '{sheet} {cell} code {code} is named “{stated}”; its official name is “{expected}”' },
  'unknown-code': {
    default: '{sheet} {cell} code {code} “{name}” belongs to no known class',
    unlisted: '{sheet}: {count} codes are not in the built-in code list: {codes} (it holds the common ones; add more under codes in the config file)',
  },
  'duplicate-code': { default: '{sheet} {cell} code {code} appears twice (first at {first})' },
  'orphan-code': { default: '{sheet} {cell} {code} “{name}” lacks its parent code {missing}' },
  'yoy-class': {
    appears: '{code} “{name}” is new this year (none in {year})',
    disappears: '{code} “{name}” had spending in {year} and is no longer listed',
  },
  'yoy-change': { default: '{label}: {stated} this year, {prior} last year, {direction:up=up,down=down} {rate}% (more than {threshold}%; the narrative should explain it)' },
};

/** A group of relations sharing cells: where the mistake most likely is (the analysis of rules/culprit.ts). */
export const GROUP: Record<string, string> = {
  one: 'Most likely wrong: {sheet} {cell} (written {stated}; {readings})',
  label: ', {label}',
  single: '{through} gives {expected}',
  agree: '{throughs} both give {expected}',
  agreeAll: '{throughs} all give {expected}',
  'through.row': 'its row',
  'through.column': 'its column',
  'through.other': 'its relation with {sheet} {cell}{more:true= and others,*=}',
  sep: ', ',
  and: ' and ',
  readingSep: '; ',
  several: 'Any one of these {n} cells could be the wrong one (these relations alone cannot tell which): {cells}',
  cell: '{sheet} {cell} (written {stated}, would be {expected})',
  more: ' and {n} more',
  none: 'These {n} relations share cells, but no single cell explains them all: more than one figure may be wrong',
  members: 'The relations it breaks:',
};

/** The words of the --format html page. */
export const HTML: Record<string, string> = {
  title: 'fa-check report',
  index: 'Files',
  file: 'File',
  howto: 'Cells and sentences marked red have problems; the cell in a dark red frame is the one most likely wrong. Hover over a mark to read the problem; press n / p to move between errors.',
  findingsHere: '{count} finding{count:1=,*=s}',
  unit: 'unit: {unit}',
  general: 'Other findings',
  chart: 'Chart',
  folded: '… {count} blocks without findings (click to open)',
};

export const WORDS = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  summary: '{errors} error{errors:1=,*=s}, {warnings} warning{warnings:1=,*=s}, {infos} note{infos:1=,*=s} ({files} file{files:1=,*=s} checked)',
  fileSummary: 'this file: {errors} error{errors:1=,*=s}, {warnings} warning{warnings:1=,*=s}, {infos} note{infos:1=,*=s}',
  fileHeader: '{file}',
  fileTables: '{count} tables recognised: {tables}',
  fileUnreadable: 'unreadable',
  text: '(text)',
  general: '(workbook)',
  noFindings: 'no problems found',
  listRules: 'Rules',
  refTitle: '# Rule reference',
  refIntro: 'Generated from the rule catalogue by `npm run docs:rules`; do not edit. `fa-check --list-rules` prints the same in a terminal (`fa-check --list-rules ID…` for a few). Each example is a real run: the finding fa-check reports once one cell of the bundled sample is changed to break the rule’s relation.',
  refChecks: 'Checks',
  refExample: 'Example',
  refFix: 'Fix',
  refStated: 'stated',
  refExpected: 'expected',
  refTables: 'Tables',
  refValues: ' ({values})',
  refSep: ', ',
  skippedNone: 'none',
  prior: '(prior year)',
  roundingFolded: 'Rounding differences: {count} notes (all within rounding, no effect on the result; --verbose lists them), at: {places}',
  paragraphAt: 'paragraph {paragraph}',
  blank: 'blank',
  legend: 'Note: amounts are rounded to the digits shown, so each may differ from the true figure by half its last digit (0.005 at two decimals). A total that differs from its parts by no more than these halves together is a rounding note; beyond that it is an error.',
  failingFiles: 'Files with errors ({count} of {files} checked):',
  fileColumn: 'file',
  listSep: ', ',
};

/** Command-line help, usage errors and notices; {cmd} is the command's name. */
export const CLI: Record<string, string> = {
  'help.usage': 'Usage:',
  'help.arguments': 'Arguments:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.help': 'display help',
  'help.version': 'display the version number',
  'help.choices': 'choices: {choices}',
  'help.default': 'default: {value}',
  'help.notes': ' ({notes})',
  'help.sep': '; ',
  'opt.lang': 'language: zh (Chinese) or en (English); or set FA_LANG=en',
  'check.usage': '[options] <workbooks, directories or narratives…>',
  'render.usage': '<workbook.xlsx> -o <out.docx> [options]',
  'init.usage': '[dir] [options]',
  'opt.debug': 'show the stack of an internal error',
  'opt.force': 'replace an existing output file',

  'check.description': 'Check a departmental final-accounts workbook (and its narrative): every relation, every discrepancy, with the sheet and cell, the stated and the expected value.',
  'check.arg.files': '.xlsx/.xls workbooks or directories (searched for .xlsx and .xls); .docx/.txt/.md narratives (checked alone)',
  'check.opt.narrative': 'the narrative (.docx/.txt/.md) to check against the workbook; one workbook only',
  'check.opt.prior': "last year's workbook; one workbook only",
  'check.opt.format': 'report format',
  'check.opt.output': 'write the report to a file (--force to replace it)',
  'check.opt.failOn': 'which level makes the exit code 1',
  'check.opt.config': 'configuration file (default: fa-check.config.json in the working directory)',
  'check.opt.listRules': 'list every rule: id, severity, what it checks, an example, how to fix (--format json for JSON)',
  'check.opt.noColor': 'no colours',
  'check.opt.verbose': 'text report: list every rounding note on its own line (by default one line per sheet)',
  'check.after': `
Exit codes:
  0  no error-level findings (info never changes the exit code)
  1  errors (and warnings with --fail-on warning)
  2  usage error, or an input could not be read (the others are still checked)

Examples:
  fa-check workbook.xlsx
  fa-check 2024.xlsx --prior 2023.xlsx --narrative narrative.docx
  fa-check departments/ --format junit --output junit.xml
  fa-check 2024.xlsx --format sarif --output fa.sarif --force
  fa-check --list-rules --lang en
`,
  'check.noFiles': 'no files to check',
  'check.unknownRules': 'no such rule: {ids} (fa-check --list-rules lists them)',
  'check.pairing': '--prior and --narrative go with exactly one workbook',
  'check.reportWritten': 'report written to {file}',
  'check.configInvalid': '{cmd}: the configuration file {file} is wrong:',

  'render.description': 'Render the narrative (部门决算说明) .docx from the workbook: every amount, share and change computed, the words from editable templates.',
  'render.arg.workbook': "this year's workbook (.xlsx)",
  'render.opt.prior': "last year's workbook (changes, rates and comparison charts)",
  'render.opt.profile': 'department profile (YAML: duties, organisation, reasons, budgets, 三公 facts…); example: fixtures/profile-2024.yaml',
  'render.opt.template': 'template: sichuan, shanghai, or a directory holding document.md',
  'render.opt.output': 'the .docx to write',
  'render.opt.allowErrors': 'write even when the workbook has errors',
  'render.after': `
Exit codes:
  0  written (warnings allowed, e.g. “【待补充】” gaps)
  1  the workbook has error-level findings (listed; --allow-errors writes anyway)
  2  usage error, unreadable input, invalid profile, or the output exists without --force

Examples:
  fa-render 2024.xlsx --prior 2023.xlsx --profile profile.yaml -o narrative.docx
  fa-render 2024.xlsx --template shanghai -o narrative.docx
  fa-render 2024.xlsx --template ./my-templates -o narrative.docx --force
`,
  'render.missingOutput': '-o OUT.docx is missing',
  'render.profileInvalid': '{cmd}: the profile {file} is wrong:',
  'render.workbookErrors': '{cmd}: the workbook has {count} errors:',
  'render.notWritten': 'nothing written (fix them and retry, or add --allow-errors)',
  'render.gap': 'warning: to be supplied: {what}',
  'gap.table': 'the figures of {title} (the workbook has no such table)',
  'gap.year': 'the year of the accounts (neither the workbook’s titles nor its file name give one)',
  'gap.prior': "last year's figure for {what} (give last year's workbook with --prior)",
  'gap.department': "the department's name",
  'gap.itemBudget': 'the budget of {code} {name} (profile: budgets)',
  'gap.sangongItemBudget': 'the budget for {name}',
  'gap.sangongBudget': 'the 三公 budget',
  'gap.abroadGroups': 'the number of official delegations abroad',
  'gap.abroadPeople': 'the number of people sent abroad',
  'gap.vehiclesPurchased': 'the number of vehicles purchased',
  'gap.vehiclesOwned': 'the number of official vehicles held',
  'gap.receptionBatches': 'the number of domestic receptions',
  'gap.receptionPeople': 'the number of people received at home',
  'gap.foreignBatches': 'the number of foreign receptions',
  'gap.duties': "the department's duties (profile: duties)",
  'gap.organization': "the department's organisation (profile: organization)",
  'gap.reasonTotal': 'the reason for the change in the grand total (profile: reasons.total)',
  'gap.reasonFiscal': 'the reason for the change in fiscal appropriations (profile: reasons.fiscal)',
  'gap.reasonOperating': 'the reason for the change in running costs',
  'gap.operating': 'the running costs of the organs (profile: operating)',
  'gap.procurement': 'government procurement (profile: procurement)',
  'gap.assets': 'state-owned assets (profile: assets)',
  'gap.performance': 'performance management (profile: performance)',
  'render.written': 'wrote {file}',
  'render.writtenGaps': 'wrote {file} ({count} gaps to fill)',
  'template.missing': 'no template "{name}" (built in: sichuan, shanghai; or a directory holding document.md)',
  'template.noDocument': '{dir} holds no document.md',

  'init.description': 'Write a starting point into a directory: a blank standard workbook (the nine core tables), an example department profile commented in Chinese, fa-check.config.json and an editable template set. Existing files are never overwritten.',
  'init.arg.dir': 'target directory (default: the working directory)',
  'init.opt.year': 'the year of the blank workbook',
  'init.after': `
Examples:
  fa-init my-department
  cd my-department && fa-check 部门决算公开表.xlsx
`,
  'init.created': 'created {file}',
  'init.kept': 'exists, left unchanged: {file}',
  'init.next': 'next: fill in or paste the figures into {workbook}, then run npx fa-check {workbook}',

  'common.exists': '{file} exists; add --force to replace it',
  'common.cannotWrite': 'cannot write {file}: {reason}',
  'common.usage': '{cmd}: usage error: {message}\n(run {cmd} --help for usage)',
  'common.internal': '{cmd}: internal error: {message}',
  'common.debugHint': ' (add --debug for details)',
  'common.line': '{cmd}: {message}',

  'commander.unknownOption': 'unknown option {arg}',
  'commander.invalidArgument': 'invalid value for {arg}',
  'commander.missingArgument': 'missing argument {arg}',
  'commander.optionMissingArgument': 'option {arg} needs a value',
  'commander.excessArguments': 'too many arguments',

  'config.notObject': 'the top level must be a JSON object',
  'config.unknownField': 'unknown field "{field}"',
  'config.rules': '"rules" must be { rule id: "off" | "error" | "warning" | "info" }',
  'config.ruleUnknown': '"rules.{id}": no such rule (fa-check --list-rules lists them)',
  'config.ruleSeverity': '"rules.{id}": "{value}" is not off, error, warning or info',
  'config.yoy': '"yoyThreshold" must be a number above 0 (0.3 means 30%)',
  'config.tables': '"tables" must be an array of core table keys ({keys})',
  'config.titles': '"titles" must be { table key: [titles…] }',
  'config.titleKey': '"titles.{key}": no such table',
  'config.titleList': '"titles.{key}" must be an array of strings',
  'config.codesKind': '"codes.{kind}": must be function or economic',
  'config.codesMap': '"codes.{kind}" must be { "code": "name" } with 3, 5 or 7 digit codes',
  'config.aliases': '"aliases" must be { "old name": "current name" }',
  'config.unreadable': 'missing or unreadable',
  'config.json': 'not valid JSON: {reason}',

  'profile.type': '{field}: should be {kinds}',
  'profile.or': ' or ',
  'profile.kind.string': 'text',
  'profile.kind.number': 'a number',
  'profile.kind.integer': 'a whole number',
  'profile.kind.array': 'a list',
  'profile.kind.object': 'a mapping',
  'profile.top': '(top level)',
  'profile.format': '{field}: not an amount (write a number, e.g. 396.55)',
  'profile.negative': '{field}: cannot be negative',
  'profile.key': '{field}: keys must be classification codes',
  'profile.unknown': '{field}: unknown field',
  'profile.missing': 'file not found',
  'profile.yaml': 'not valid YAML: {reason}',
};
