// The process surface a CLI needs, injectable so that tests run main() in-process.
export interface IO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal (colours, progress). */
  stdoutTTY: boolean;
  stderrTTY: boolean;
  /** The terminal's width, when stdout is one. */
  columns?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): IO {
  return {
    stdout: (t) => {
      process.stdout.write(t);
    },
    stderr: (t) => {
      process.stderr.write(t);
    },
    stdoutTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour on a terminal unless NO_COLOR or --no-color; FORCE_COLOR forces it. */
export function useColor(io: IO, flag: boolean): boolean {
  if (!flag) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.stdoutTTY;
}

/** A bar on a terminal; nothing in CI or when stderr is not a terminal. */
export function progress(io: IO): ((done: number, total: number, file: string) => void) | undefined {
  if (!io.stderrTTY || io.env.CI) return undefined;
  return (done, total, file) => {
    if (total < 2) return;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    io.stderr(done >= total ? '\r\x1b[K' : `\r\x1b[K${bar} ${done}/${total} ${file}`);
  };
}
