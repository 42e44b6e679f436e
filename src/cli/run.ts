// Process entry: pick the command, run it, turn any crash into one line and exit code 2.
import { langOf, say } from '../report/say.js';
import { processIO } from './io.js';

export async function run(command: 'check' | 'render' | 'init'): Promise<void> {
  const io = processIO();
  const argv = process.argv.slice(2);
  const debug = argv.includes('--debug');
  // a closed pipe (fa-check … | head) is not an error; any other write error (a full disk) is
  let stdoutError: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    stdoutError ??= e;
  });
  // a check's worker thread starts loading the readers while this thread loads the command (about
  // half the start-up, in parallel); not for help, the version or the rule list
  if (command === 'check' && !argv.some((a) => /^(-h|--help|-V|--version|--list-rules)$/.test(a)) && process.env.FA_WORKERS !== '0')
    void import('../pipeline/sandbox.js').then((m) => m.sandbox(1).prewarm(), () => {});
  // and fa-render's document writer likewise (src/render/pack.ts)
  if (command === 'render' && !argv.some((a) => /^(-h|--help|-V|--version)$/.test(a)))
    void import('../render/pack.js').then((m) => m.prestartPacker(), () => {});
  try {
    let code: number;
    if (command === 'check') code = await (await import('./check.js')).main(argv, io);
    else if (command === 'render') code = await (await import('./render.js')).main(argv, io);
    else code = await (await import('./init.js')).main(argv, io);
    process.exitCode = code;
    // everything written has reached the file, or failed to
    await new Promise<void>((done) => process.stdout.write('', () => done()));
    if (stdoutError) {
      const lang = langOf(argv, process.env);
      const { stdoutMessage } = await import('./output.js');
      io.stderr(say(lang, 'common.line', { cmd: `fa-${command}`, message: stdoutMessage(lang, stdoutError, debug) }) + '\n');
      process.exitCode = 2;
    }
  } catch (e) {
    const err = e as Error;
    const lang = langOf(argv, process.env);
    // JavaScript's own words (and the stack) only with --debug: they are for fa's developers
    const message = debug ? say(lang, 'common.internal', { cmd: `fa-${command}`, message: err?.message ?? String(e) }) : say(lang, 'common.internalPlain', { cmd: `fa-${command}` });
    io.stderr(`${message}${debug ? '\n' + (err?.stack ?? '') : say(lang, 'common.debugHint')}\n`);
    process.exitCode = 2;
  }
}
