// fa-init [DIR]: a starting point — config file, department profile and an editable template set.
import { cpSync, existsSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IO } from './io.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function main(argv: string[], io: IO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout('用法：fa-init [目录]\n在目录中写入 fa-check.config.json、部门资料 profile.yaml 和可编辑的模板 templates/sichuan；已存在的文件不会被覆盖。\n');
    return 0;
  }
  const dir = resolve(io.cwd, argv.find((a) => !a.startsWith('-')) ?? '.');
  mkdirSync(dir, { recursive: true });
  const made: string[] = [];
  const kept: string[] = [];
  const put = (name: string, write: (to: string) => void) => {
    const to = join(dir, name);
    if (existsSync(to)) return kept.push(name);
    mkdirSync(dirname(to), { recursive: true });
    write(to);
    made.push(name);
  };
  put('fa-check.config.json', (to) => writeFileSync(to, JSON.stringify({ rules: {}, yoyThreshold: 0.3 }, null, 2) + '\n'));
  put('profile.yaml', (to) => copyFileSync(join(ROOT, 'fixtures', 'profile-2024.yaml'), to));
  put('templates/sichuan', (to) => cpSync(join(ROOT, 'templates', 'sichuan'), to, { recursive: true }));
  for (const m of made) io.stderr(`已创建 ${join(dir, m)}\n`);
  for (const k of kept) io.stderr(`已存在，未改动 ${join(dir, k)}\n`);
  return 0;
}
