import type { CheckResult } from '../pipeline/check.js';
import type { Lang } from './format-message.js';

export interface ReportOptions {
  lang: Lang;
  color: boolean;
  failOn: 'error' | 'warning';
  /** Text report: every rounding note on its own line instead of one line per sheet. */
  verbose?: boolean;
  /** Text report: the terminal's width (lines wrap at it, and never pass 120 columns). */
  width?: number;
}

export type Reporter = (result: CheckResult, options: ReportOptions) => string;

export function summaryOf(result: CheckResult): { errors: number; warnings: number; infos: number; files: number } {
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), files: result.files.filter((f) => f.role !== 'prior').length };
}

export function fileSummary(result: CheckResult, path: string): { errors: number; warnings: number; infos: number } {
  const mine = result.findings.filter((f) => f.location.file === path);
  const count = (s: string) => mine.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}
