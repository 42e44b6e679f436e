// Shared by the three commands: run the compiled CLI in dist/; say so plainly when it has not been built yet.
export function start(command) {
  import('../dist/cli/run.js').then(
    (m) => m.run(command),
    (e) => {
      if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
      process.stderr.write(`fa-${command}：程序尚未构建，请先在项目目录运行 npm run build（not built yet: run npm run build）\n`);
      process.exitCode = 2;
    },
  );
}
