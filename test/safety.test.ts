// Inputs are only read; external entities are never followed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main as renderMain } from '../src/cli/render.js';
import { checkJson, fixture, runCheck, tempDir } from './helpers.js';

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('inputs are never modified', () => {
  it('checksums of every input are the same before and after fa-check and fa-render', async () => {
    const inputs = [fixture('sample-2024.xlsx'), fixture('sample-2023.xlsx'), fixture('profile-2024.yaml'), fixture('narratives/seed-2024.txt')];
    const before = inputs.map(sha);
    await runCheck([inputs[0], '--prior', inputs[1], '--narrative', inputs[3], '--format', 'json']);
    await renderMain([inputs[0], '--prior', inputs[1], '--profile', inputs[2], '-o', join(tempDir(), 'o.docx')], {
      stdout: () => {},
      stderr: () => {},
      stdoutTTY: false,
      stderrTTY: false,
      env: {},
      cwd: process.cwd(),
    });
    expect(inputs.map(sha)).toEqual(before);
  });
});

describe('external entities', () => {
  it('a .docx declaring an external entity does not read the file it names', async () => {
    const secret = join(tempDir(), 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-42');
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://${secret}">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>本年收入合计100.00万元&x;</w:t></w:r></w:p></w:body></w:document>`;
    const file = join(tempDir(), 'xxe.docx');
    writeFileSync(file, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }));
    const r = await runCheck([file, '--format', 'json']);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stdout + r.stderr).not.toContain('TOP-SECRET-42');
  });
});

describe('an empty narrative', () => {
  it('is unreadable input, exit 2', async () => {
    const file = join(tempDir(), 'empty.txt');
    writeFileSync(file, '\n\n');
    const { code, report } = await checkJson([file]);
    expect(code).toBe(2);
    expect(report.findings[0].rule).toBe('input-unreadable');
  });
});

describe('interrupted writes', () => {
  it('Ctrl-C during fa-render leaves neither a half-written document nor a temporary file', async () => {
    const { spawn } = await import('node:child_process');
    const { readdirSync, existsSync } = await import('node:fs');
    const bin = join(import.meta.dirname, '..', 'bin', 'fa-render.js');
    for (const delay of [200, 500, 800]) {
      const dir = tempDir();
      const out = join(dir, 'out.docx');
      const child = spawn(process.execPath, [bin, fixture('sample-2024.xlsx'), '--prior', fixture('sample-2023.xlsx'), '-o', out], { stdio: 'ignore' });
      // listen first: on a fast machine the render may be done before the signal is sent
      const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGINT');
      const code = await exited;
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      if (code !== 0) expect(existsSync(out)).toBe(false);
      else expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
  }, 60000);
});
