// The whole run gets a temporary folder of its own (TMPDIR, which os.tmpdir() and the programs the
// tests start honour): whatever a test leaves behind is found there at the end, reported as a
// failure, and removed, so that `npm test` leaves the system's temporary folder as it found it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const system = tmpdir();
  const mine = mkdtempSync(join(system, 'fa-suite-'));
  process.env.TMPDIR = mine;
  return () => {
    const left = readdirSync(mine);
    rmSync(mine, { recursive: true, force: true });
    process.env.TMPDIR = system;
    // the litter that matters: what fa and the tests make (fa-test-*, fa-xls-*, fa-bench-* …)
    const ours = left.filter((n) => /^fa-/.test(n));
    if (ours.length) {
      process.exitCode = 1;
      throw new Error(`the tests left ${ours.length} temporary folder(s) behind: ${ours.slice(0, 10).join(', ')}`);
    }
  };
}
