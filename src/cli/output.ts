// Output failures as the user reads them: the path they gave and what is wrong with it, in their
// language; the system's error code only with --debug (never a temporary file's name).
import { say, type Lang } from '../report/say.js';
import { OutputError, outputProblem } from '../util/atomic-write.js';

export function outputMessage(lang: Lang, file: string, e: unknown, debug: boolean): string {
  const problem = e instanceof OutputError ? e.problem : outputProblem((e as NodeJS.ErrnoException)?.code);
  const code = e instanceof OutputError ? e.code : ((e as NodeJS.ErrnoException)?.code ?? '');
  const text = problem === 'exists' ? say(lang, 'common.exists', { file }) : say(lang, `output.${problem}`, { file });
  return debug && code ? text + say(lang, 'output.code', { code }) : text;
}

/** A write error on standard output (a full disk, a closed file): the sentence for it. */
export function stdoutMessage(lang: Lang, e: NodeJS.ErrnoException, debug: boolean): string {
  const text = say(lang, 'output.stdout', { problem: outputProblem(e.code) });
  return debug && e.code ? text + say(lang, 'output.code', { code: e.code }) : text;
}
