// Shared by the three commands: run the compiled CLI in dist/; say so plainly when it has not been built yet.
export function start(command) {
  import('../dist/cli/run.js').then(
    (m) => m.run(command).then(exitWhenFlushed),
    (e) => {
      if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
      process.stderr.write(`fa-${command}：程序尚未构建，请先在项目目录运行 npm run build（not built yet: run npm run build）\n`);
      process.exitCode = 2;
    },
  );
}

// The report is out and the files are written: end as soon as stdout and stderr have passed
// everything on, rather than wait for a writer thread and the heap to wind down (some 20–40 ms).
function exitWhenFlushed() {
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}
