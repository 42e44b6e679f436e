// The package as a user gets it: `npm pack`, installed into an empty directory, run with npx.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, userEnv } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; engines?: { node?: string }; bin: Record<string, string> };
const env = userEnv();
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240000 });

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

describe('the packed package', () => {
  let packed: string[] = [];
  let app = '';
  const npx = (args: string[], extra: NodeJS.ProcessEnv = {}) => spawnSync('npx', ['--no-install', ...args], { cwd: app, env: { ...env, NO_COLOR: '1', ...extra }, encoding: 'utf8', timeout: 60000 });

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'run.js'))) npm(['run', 'build'], ROOT);
    const dest = tempDir();
    // dist is built by `npm test` before the tests; --ignore-scripts keeps pack from building it again
    const info = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dest], ROOT)) as { filename: string; files: { path: string }[] }[];
    packed = info[0].files.map((f) => f.path);
    app = tempDir();
    npm(['init', '-y'], app);
    npm(['install', join(dest, info[0].filename), '--no-audit', '--no-fund', '--prefer-offline'], app);
  }, 300000);

  it('holds the commands, the build, the templates and the sample, and no sources or tests', () => {
    for (const f of ['bin/fa-check.js', 'bin/fa-render.js', 'bin/fa-init.js', 'bin/start.js', 'dist/cli/run.js', 'templates/sichuan/document.md', 'templates/shanghai/document.md', 'fixtures/sample-2024.xlsx', 'fixtures/profile-2024.yaml', 'README.md'])
      expect(packed).toContain(f);
    expect(packed.filter((f) => /^(src|test)\//.test(f) || f.endsWith('.ts'))).toEqual([]);
  });

  it('npx fa-check, fa-render and fa-init run from the installed package', () => {
    const sample = join('node_modules', 'fa', 'fixtures', 'sample-2024.xlsx');
    const check = npx(['fa-check', sample]);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('识别出 9 张表');
    const render = npx(['fa-render', sample, '--profile', join('node_modules', 'fa', 'fixtures', 'profile-2024.yaml'), '-o', '说明.docx']);
    expect(render.status, render.stderr).toBe(0);
    expect(readFileSync(join(app, '说明.docx')).subarray(0, 2).toString()).toBe('PK');
    const init = npx(['fa-init', '新部门']);
    expect(init.status).toBe(0);
    expect(existsSync(join(app, '新部门', '部门决算公开表.xlsx'))).toBe(true);
    expect(npx(['fa-check', '--help'], { FA_LANG: 'en' }).stdout).toMatch(/^Usage: fa-check/);
  });

  it('depends at run time on exactly what the build imports; engines is set', () => {
    const imported = new Set<string>();
    for (const f of filesUnder(join(ROOT, 'dist')).filter((f) => f.endsWith('.js')))
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:from |import\()\s*'([^'.][^']*)'/g)) if (!m[1].startsWith('node:')) imported.add(m[1].match(/^(@[^/]+\/[^/]+|[^/]+)/)![1]);
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(Object.keys(pkg.devDependencies).filter((d) => d in pkg.dependencies)).toEqual([]);
    expect(pkg.engines?.node).toMatch(/>=\s*20/);
  });
});
