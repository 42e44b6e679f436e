// Precision and recall of the narrative check against fixtures/narratives/expected.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ExpectedFault {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  stated?: string;
  expected?: string;
  why: string;
  /** Other rules that may report the same fault (the workbook rule, when a workbook is given). */
  or?: string[];
  /** The severity when the workbook is given and tells more (a zero budget it shows). */
  withWorkbook?: 'error' | 'warning' | 'info';
}

export interface ReportedFinding {
  rule: string;
  severity: string;
  stated?: string;
  expected?: string;
  location: { file: string; paragraph?: number };
}

/** The faults as reported beside the workbooks: some are surer with the tables at hand. */
export function withWorkbook(faults: ExpectedFault[]): ExpectedFault[] {
  return faults.map((f) => (f.withWorkbook ? { ...f, severity: f.withWorkbook } : f));
}

export function expectedFaults(): Record<string, ExpectedFault[]> {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'fixtures', 'narratives', 'expected.json'), 'utf8')) as Record<string, unknown>;
  delete raw.$comment;
  return raw as Record<string, ExpectedFault[]>;
}

export function matches(f: ReportedFinding, e: ExpectedFault): boolean {
  return (f.rule === e.rule || (e.or ?? []).includes(f.rule)) && f.severity === e.severity && (e.stated === undefined || f.stated === e.stated) && (e.expected === undefined || f.rule !== e.rule || f.expected === e.expected);
}

export interface Score {
  found: ExpectedFault[];
  missed: ExpectedFault[];
  /** Errors and warnings that match no real fault. */
  falseAlarms: ReportedFinding[];
  /** Errors and warnings that match one. */
  trueAlarms: number;
}

export function score(expected: ExpectedFault[], findings: ReportedFinding[]): Score {
  const found = expected.filter((e) => findings.some((f) => matches(f, e)));
  const alarms = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const falseAlarms = alarms.filter((f) => !expected.some((e) => matches(f, e)));
  return { found, missed: expected.filter((e) => !found.includes(e)), falseAlarms, trueAlarms: alarms.length - falseAlarms.length };
}
