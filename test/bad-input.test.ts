// Unreadable inputs: exit code 2, one clear Chinese message naming the file, the rest still checked.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, runCheck, tempDir, unwrapped } from './helpers.js';

/** A compound-file (OLE) header and one directory sector naming the streams of an encrypted OOXML file. */
function encryptedOle(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const dir = Buffer.alloc(512);
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, i) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name + '\0', 'utf16le').copy(entry);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    dir.set(entry, i * 128);
  });
  return Buffer.concat([header, dir]);
}

async function workbookWith(sheets: Record<string, string[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  }
  const p = join(tempDir(), 'book.xlsx');
  await wb.xlsx.writeFile(p);
  return p;
}

async function expectUnreadable(path: string, pattern: RegExp): Promise<void> {
  const text = await runCheck([path, '--no-color']);
  expect(text.code).toBe(2);
  expect(text.stdout).toContain(path);
  expect(unwrapped(text.stdout)).toMatch(pattern);
  expect(text.stdout + text.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  const { report } = await checkJson([path]);
  expect(report.files[0].unreadable).toBeDefined();
  expect(report.findings[0]).toMatchObject({ rule: 'input-unreadable', severity: 'error', location: { file: path } });
}

describe('unreadable inputs', () => {
  it('missing file', async () => {
    await expectUnreadable(join(tempDir(), '没有这个文件.xlsx'), /文件不存在/);
  });

  it('not a zip', async () => {
    const p = join(tempDir(), 'random.xlsx');
    writeFileSync(p, 'this is not a workbook at all');
    await expectUnreadable(p, /不是有效的 \.xlsx 文件/);
  });

  it('an old .xls (written by LibreOffice Calc) names the conversion command when conversion is off', async () => {
    process.env.FA_NO_CONVERT = '1';
    try {
      await expectUnreadable(fixture('bad/legacy-2024.xls'), /旧版 Excel[\s\S]*soffice --headless --convert-to xlsx/);
    } finally {
      delete process.env.FA_NO_CONVERT;
    }
  });

  it.runIf(spawnSync('which', ['soffice']).status === 0)('an old .xls is converted with LibreOffice and checked, saying so; the file is not touched', async () => {
    const before = createHash('sha256').update(readFileSync(fixture('bad/legacy-2024.xls'))).digest('hex');
    const { code, report } = await checkJson([fixture('bad/legacy-2024.xls')]);
    expect(code).toBe(0);
    expect(report.files[0].tables).toHaveLength(9);
    expect(report.findings[0]).toMatchObject({ rule: 'read-converted', severity: 'info' });
    expect(createHash('sha256').update(readFileSync(fixture('bad/legacy-2024.xls'))).digest('hex')).toBe(before);
  }, 120000);

  it('a password-protected workbook', async () => {
    const p = join(tempDir(), 'locked.xlsx');
    writeFileSync(p, encryptedOle());
    await expectUnreadable(p, /密码/);
  });

  it('a damaged zip', async () => {
    const p = join(tempDir(), 'cut.xlsx');
    writeFileSync(p, readFileSync(fixture('sample-2024.xlsx')).subarray(0, 3000));
    await expectUnreadable(p, /已损坏/);
  });

  it('an empty workbook', async () => {
    await expectUnreadable(await workbookWith({ Sheet1: [] }), /空的/);
  });

  it('a workbook with none of the core tables lists what was looked for', async () => {
    await expectUnreadable(await workbookWith({ 说明: [['本单位情况说明'], ['无']] }), /没有找到任何部门决算公开表.*收入支出决算总表/);
  });

  it('one unreadable input among several: exit 2, the others still checked', async () => {
    const missing = join(tempDir(), 'missing.xlsx');
    const { code, report } = await checkJson([missing, fixture('sample-2024.xlsx')]);
    expect(code).toBe(2);
    expect(report.files.map((f) => f.path)).toEqual([missing, fixture('sample-2024.xlsx')]);
    expect(report.files[1].tables).toHaveLength(9);
    expect(report.findings.some((f) => f.location.file === fixture('sample-2024.xlsx') && f.rule === 'hierarchy')).toBe(true);
  });
});

describe('several inputs and directories', () => {
  it('a directory is searched recursively; one combined report in a stable order', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    copyFileSync(fixture('yuan-2024.xlsx'), join(dir, 'b', 'z.xlsx'));
    copyFileSync(fixture('sample-2024.xlsx'), join(dir, 'a.xlsx'));
    writeFileSync(join(dir, '~$a.xlsx'), 'office lock file');
    const { code, report } = await checkJson([dir]);
    expect(code).toBe(0);
    expect(report.files.map((f) => f.path)).toEqual([join(dir, 'a.xlsx'), join(dir, 'b', 'z.xlsx')]);
    expect(report.summary.files).toBe(2);
  });

  it('a directory with only .xls files: each is checked like a .xlsx (converted, or named with the conversion command)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'old'));
    copyFileSync(fixture('bad/legacy-2024.xls'), join(dir, 'old', '决算公开表.xls'));
    process.env.FA_NO_CONVERT = '1';
    try {
      const { code, report } = await checkJson([dir]);
      expect(code).toBe(2);
      expect(report.files.map((f) => [f.path, f.unreadable])).toEqual([[join(dir, 'old', '决算公开表.xls'), 'xls']]);
    } finally {
      delete process.env.FA_NO_CONVERT;
    }
    // with conversion on, the file in the directory gets exactly the report it gets when named
    // (converted and checked where LibreOffice Calc is installed, the conversion command otherwise)
    const inDir = await checkJson([dir]);
    const named = await checkJson([join(dir, 'old', '决算公开表.xls')]);
    expect(inDir.code).toBe(named.code);
    expect(inDir.report).toEqual(named.report);
    if (!inDir.report.files[0].unreadable) expect(inDir.report.files[0].tables).toHaveLength(9);
  }, 120000);

  it('a directory without workbooks is unreadable input', async () => {
    const { code } = await runCheck([tempDir()]);
    expect(code).toBe(2);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['--bogus', 'x.xlsx']],
    [[]],
    [[fixture('sample-2024.xlsx'), '--format', 'pdf']],
    [[fixture('sample-2024.xlsx'), fixture('yuan-2024.xlsx'), '--prior', fixture('sample-2023.xlsx')]],
    [[fixture('sample-2024.xlsx'), '--fail-on', 'info']],
  ])('%j', async (args) => {
    const r = await runCheck(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/用法错误/);
  });
});

describe('batch checking on worker threads', () => {
  it('gives the same report, in the same order, as one thread', async () => {
    const { check } = await import('../src/pipeline/check.js');
    const dir = tempDir();
    const names = ['sample-2024.xlsx', 'yuan-2024.xlsx', 'shanghai-style-2024.xlsx', 'sample-2023.xlsx', 'libreoffice-2024.xlsx'];
    names.forEach((n, i) => copyFileSync(fixture(n), join(dir, `${i}-${n}`)));
    writeFileSync(join(dir, '5-broken.xlsx'), 'not a workbook');
    const one = await check({ paths: [dir], workers: 1 });
    const two = await check({ paths: [dir], workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    // and on the main thread (FA_WORKERS=0), without budgets: the same
    expect(JSON.stringify(await check({ paths: [dir], workers: 0 }))).toBe(JSON.stringify(one));
    expect(two.files.map((f) => f.path.split('/').pop())).toEqual([...names.map((n, i) => `${i}-${n}`), '5-broken.xlsx']);
    expect(two.unreadable).toBe(true);
  });
});
