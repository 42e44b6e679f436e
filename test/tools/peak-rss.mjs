// Loaded with `node --import` by the hostile-input tests: at exit, the process's peak resident
// memory (all threads, in kB) is written to the file FA_TEST_PEAK names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.FA_TEST_PEAK) writeFileSync(process.env.FA_TEST_PEAK, String(process.resourceUsage().maxRSS));
});
