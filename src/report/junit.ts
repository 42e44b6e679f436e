// --format junit: one testsuite per file, one testcase per rule; failing findings are <failure>s.
import { WORKBOOK_RULES } from '../rules/index.js';
import type { Finding } from '../model/types.js';
import { formatMessage } from './format-message.js';
import type { Reporter } from './types.js';

function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const junitReport: Reporter = (result, { lang, failOn }) => {
  const failing = (f: Finding) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning');
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of result.files) {
    const mine = result.findings.filter((f) => f.location.file === file.path);
    const ids = file.unreadable ? ['input-unreadable'] : [...new Set([...mine.map((f) => f.rule), ...WORKBOOK_RULES.map((r) => r.meta.id)])];
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const id of ids) {
      const list = mine.filter((f) => f.rule === id);
      const bad = list.filter(failing);
      const rest = list.filter((f) => !failing(f));
      let body = '';
      if (bad.length) {
        suiteFailures++;
        body += `<failure type="${bad[0].severity}" message="${esc(formatMessage(bad[0], lang))}">${esc(bad.map((f) => formatMessage(f, lang)).join('\n'))}</failure>`;
      }
      if (rest.length) body += `<system-out>${esc(rest.map((f) => `[${f.severity}] ${formatMessage(f, lang)}`).join('\n'))}</system-out>`;
      cases.push(`    <testcase classname="${esc(file.path)}" name="${esc(id)}"${body ? `>${body}</testcase>` : ' />'}`);
    }
    tests += ids.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${esc(file.path)}" tests="${ids.length}" failures="${suiteFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fa-check" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
};
