// Every hostile input of issue 17, rebuilt by a generator (test/hostile.ts), through the real
// command: each ends within its budget, with exit 0, 1 or 2, the reason named, no stack trace and
// no JavaScript text, and under 1 GB of memory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from './hostile.js';
import { INTERNALS, runChild } from './child.js';
import { tempDir } from './helpers.js';

describe('hostile inputs, each within its budget', () => {
  for (const h of HOSTILE)
    it(h.name, async () => {
      const file = join(tempDir(), `hostile${h.ext}`);
      writeFileSync(file, h.bytes(1));
      const r = await runChild([file, '--format', 'json']);
      expect(r.ms, 'wall time').toBeLessThan(60000);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stdout + r.stderr).not.toMatch(INTERNALS);
      expect(r.peakKb, 'peak memory (kB)').toBeLessThan(1024 * 1024);
      const report = JSON.parse(r.stdout) as { files: { unreadable?: string }[]; findings: { message: string }[] };
      if ('unreadable' in h.expect) {
        expect(r.code).toBe(2);
        expect(h.expect.unreadable).toContain(report.files[0].unreadable);
        expect(report.findings[0].message).toContain(file);
      } else {
        expect(report.files[0].unreadable).toBeUndefined();
        expect(r.code).toBe(h.expect.code);
      }
    }, 120000);
});

describe('a workbook at the limits', () => {
  it('a table of 49,000 rows and 245,000 cells, every row wrong: read and checked, its findings capped, under 1 GB', async () => {
    const { fixtureEntries, rawZip } = await import('./hostile.js');
    const rows: string[] = [];
    for (let i = 0; i < 49_000; i++) {
      const r = 40 + i;
      const code = `2${10 + (i % 90)}${String(1 + (Math.floor(i / 90) % 99)).padStart(2, '0')}${String(1 + (i % 97)).padStart(2, '0')}`;
      rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${code}</t></is></c><c r="B${r}" t="inlineStr"><is><t>项目${i}</t></is></c><c r="C${r}"><v>${i % 1000}.5</v></c><c r="D${r}"><v>${i % 1000}</v></c><c r="E${r}"><v>0.5</v></c></row>`);
    }
    const entries = fixtureEntries('sample-2024.xlsx').map((e) =>
      e.name === 'xl/worksheets/sheet5.xml' ? { ...e, data: Buffer.from(e.data as Uint8Array).toString().replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace('</sheetData>', rows.join('') + '</sheetData>') } : e,
    );
    const file = join(tempDir(), 'large.xlsx');
    writeFileSync(file, rawZip(entries));
    // a busy machine may need more than the default minute for it
    const r = await runChild([file, '--format', 'json'], { FA_MAX_SECONDS: '600' }, 600000);
    expect(r.code).toBe(1);
    expect(r.peakKb, 'peak memory (kB)').toBeLessThan(1024 * 1024);
    const report = JSON.parse(r.stdout) as { findings: { rule: string }[] };
    expect(report.findings).toHaveLength(10_001);
    expect(report.findings[10_000].rule).toBe('read-findings-truncated');
  }, 600000);
});

describe('inputs that are no regular file, or not what their name says', () => {
  it('a FIFO and a device are refused at once, not read forever', async () => {
    const { execFileSync } = await import('node:child_process');
    const fifo = join(tempDir(), 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await runChild([fifo, '/dev/zero', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(30000);
    const report = JSON.parse(r.stdout) as { files: { unreadable?: string }[] };
    expect(report.files.map((f) => f.unreadable)).toEqual(['not-file', 'not-file']);
  });

  it('a .docx that cannot be read is called a damaged .docx, under （文件）, never “.xlsx 文件已损坏” or （工作簿）', async () => {
    const { rawZip } = await import('./hostile.js');
    const file = join(tempDir(), '说明.docx');
    writeFileSync(file, rawZip([{ name: '[Content_Types].xml', data: '<Types/>' }]));
    const r = await runChild([file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('.docx 文件已损坏');
    expect(r.stdout).toContain('（文件）');
    expect(r.stdout).not.toMatch(/\.xlsx|工作簿/);
  });
});

describe('text from the input is shown, never obeyed by the terminal', () => {
  it('control characters and reordering marks in a file name, a sheet name and a cell are written out visibly', async () => {
    const { fixtureEntries, rawZip } = await import('./hostile.js');
    const entries = fixtureEntries('sample-2024-typo.xlsx').map((e) => {
      const t = Buffer.from(e.data as Uint8Array).toString();
      if (e.name === 'xl/workbook.xml') return { ...e, data: t.replace('name="公开05表"', 'name="公开05表\u202e\u009b2J"') };
      return e;
    });
    const file = join(tempDir(), 'a\u001b[2Jb.xlsx');
    writeFileSync(file, rawZip(entries));
    const r = await runChild([file, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(r.stdout).toContain('a\\u001b[2Jb.xlsx');
    expect(r.stdout).toContain('公开05表\\u202e\\u009b2J');
  });
});
