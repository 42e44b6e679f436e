// Every command block the documentation marks as runnable is run, in a fresh copy of the project,
// and must end with the exit code and show the line its marker names:
//   <!-- run: exit=1 shows="…" -->   followed by a ```sh block.
// The README's test command (npm test) is left out: it is what runs this.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, userEnv } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..');
const DOCS = ['README.md', 'templates/README.md', 'src/rules/README.md', 'test/tools/dev/README.md'];
const MARKED = /<!-- run: exit=(\d+) shows="([^"]+)" -->\s*\n```(?:sh|bash)\n([\s\S]*?)\n```/g;

interface Block {
  doc: string;
  exit: number;
  shows: string;
  commands: string[];
}

function runnableBlocks(doc: string): Block[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(MARKED)].map((m) => ({
    doc,
    exit: +m[1],
    shows: m[2],
    commands: m[3].split('\n').filter((l) => l.trim() && !/^\s*#/.test(l) && !/^npm test\b/.test(l.trim())),
  }));
}

/** The project as a clean clone has it: the tracked files (or, outside git, everything but builds and installs). */
function freshCopy(): string {
  const to = join(tempDir(), 'fa');
  mkdirSync(to);
  let files: string[];
  try {
    files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch {
    const walk = (d: string): string[] =>
      readdirSync(join(ROOT, d)).flatMap((f) => {
        const p = d ? `${d}/${f}` : f;
        if (/^(node_modules|dist|\.git)$/.test(f)) return [];
        return statSync(join(ROOT, p)).isDirectory() ? walk(p) : [p];
      });
    files = walk('');
  }
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(ROOT, f), join(to, f));
  }
  return to;
}

// a user's shell; no colours, Chinese unless a block says otherwise
const env = {
  ...userEnv(),
  NO_COLOR: '1',
  FA_LANG: '',
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

const blocks = DOCS.flatMap(runnableBlocks);

describe('the documentation’s commands', () => {
  let dir = '';
  beforeAll(() => {
    dir = freshCopy();
  });

  it('every shell block of the documentation is marked runnable: no example goes untested', () => {
    for (const doc of DOCS) {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      const shell = [...text.matchAll(/```(?:sh|bash)\n/g)].length;
      expect(runnableBlocks(doc).length, doc).toBe(shell);
    }
  });

  it('the quick start and the walk-through are marked runnable', () => {
    const readme = blocks.filter((b) => b.doc === 'README.md');
    expect(readme[0].commands).toEqual(['npm ci && npm run demo     # 安装；核对自带样例、生成决算说明、再核对生成的说明']);
    expect(readme.length).toBeGreaterThanOrEqual(10);
    expect(blocks.some((b) => b.doc === 'templates/README.md')).toBe(true);
  });

  for (const [i, b] of blocks.entries()) {
    it(`${b.doc} #${i + 1}: ${b.commands.join(' ; ').slice(0, 90)}`, () => {
      const r = spawnSync('bash', ['-c', `set -e\n${b.commands.join('\n')}`], { cwd: dir, env, encoding: 'utf8', timeout: 280000 });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(output, `in ${relative(ROOT, join(ROOT, b.doc))}`).toContain(b.shows);
      expect(r.status, output.slice(-2000)).toBe(b.exit);
    }, 300000);
  }
});
