// English message catalogue, same keys as zh.ts.
export const SHARED: Record<string, string> = {
  sum: '{at} {stated} does not match the computed {expected} (difference {diff}, beyond the rounding bound {bound}). Relation: {title}',
  rounding: 'Rounding difference: {at} {stated}, computed {expected}; the difference {diff} is within the bound {bound} ({n} addends)',
  equal: '{at} {stated} does not match {otherAt} {otherShown} (difference {diff}). Relation: {title}',
  'equal-rounding': 'Rounding difference: {at} {stated} and {otherAt} {otherShown} differ by {diff} (one display unit, likely from rounding per table)',
  leq: '{at} {stated} exceeds {otherAt} {otherShown} (by {diff}); a part cannot exceed its whole. Relation: {title}',
  'leq-rounding': 'Rounding difference: {at} {stated} exceeds {otherAt} {otherShown} by {diff} (within one display unit)',
};

export const MESSAGES: Record<string, Record<string, string>> = {
  'input-unreadable': {
    missing: '{file}: no such file, or it cannot be opened',
    directory: '{file}: a directory with no .xlsx workbooks',
    'not-zip': '{file}: not a valid .xlsx file (not a zip archive)',
    xls: '{file}: an old Excel 97-2003 (.xls) file; fa reads .xlsx. Convert it first: soffice --headless --convert-to xlsx "{file}"',
    encrypted: '{file}: the workbook is password-protected (encrypted); remove the password and save again',
    corrupt: '{file}: the .xlsx file is damaged and cannot be unpacked ({reason})',
    empty: '{file}: the workbook is empty',
    'no-tables': '{file}: none of the final-accounts tables was found. Looked for: {looked}',
    unsupported: '{file}: unsupported file type (.xlsx workbooks, .docx/.txt/.md narratives)',
  },
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
  'x-t04-funds': { 'fund-empty': '{at} is {stated} but {sheet} says it has no data; 0 expected' },
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

export const WORDS = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  summary: '{errors} errors, {warnings} warnings, {infos} notes ({files} files checked)',
  fileHeader: '{file}',
  fileTables: '{count} tables recognised: {tables}',
  fileUnreadable: 'unreadable',
  general: '(workbook)',
  noFindings: 'no problems found',
  listRules: 'Rules',
  skippedNone: 'none',
};
