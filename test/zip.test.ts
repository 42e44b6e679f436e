// The zip layer (src/read/zip.ts) and the XML scan (src/read/xml-scan.ts) on their own.
import { describe, expect, it } from 'vitest';
import { limits } from '../src/read/limits.js';
import { loadXlsx, resolveTarget } from '../src/read/xlsx-load.js';
import { scanXml, XmlLimitError } from '../src/read/xml-scan.js';
import { ZipError, ZipPackage } from '../src/read/zip.js';
import { rawZip, repeatedSheet, sheetXml, xlsx } from './hostile.js';

const MB = 1024 * 1024;
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ZipError || e instanceof XmlLimitError ? e.problem : String(e);
  }
  return 'none';
};

describe('zip layer', () => {
  it('reads an entry by its name as written, or by the one name differing only in case', () => {
    const pkg = new ZipPackage(rawZip([{ name: 'xl/worksheets/Sheet5.xml', data: '<a/>' }]), { bytes: MB, entries: 10 });
    expect(pkg.find('xl/worksheets/Sheet5.xml')).toBe('xl/worksheets/Sheet5.xml');
    expect(pkg.find('xl/worksheets/sheet5.xml')).toBe('xl/worksheets/Sheet5.xml');
    expect(Buffer.from(pkg.read('xl/worksheets/sheet5.xml')!).toString()).toBe('<a/>');
    expect(pkg.used).toBe(4);
  });

  it('refuses duplicates whichever comes first, unsafe names, sizes and checksums that lie', () => {
    const open = (entries: Parameters<typeof rawZip>[0]) => () => new ZipPackage(rawZip(entries), { bytes: MB, entries: 10 }).read(entries[entries.length - 1].name);
    expect(problem(open([{ name: 'a.xml', data: '1' }, { name: 'a.xml', data: '2' }]))).toBe('duplicate-entry');
    expect(problem(open([{ name: 'a.xml', data: '2' }, { name: 'A.XML', data: '1' }]))).toBe('duplicate-entry');
    expect(problem(open([{ name: 'xl/a.xml', data: '2' }, { name: 'xl\\a.xml', data: '1' }]))).toBe('duplicate-entry');
    expect(problem(open([{ name: 'xl/a1.xml', data: '2' }, { name: 'xl/a%31.xml', data: '1' }]))).toBe('duplicate-entry');
    for (const name of ['/a.xml', '../a.xml', 'x/../../a.xml', 'C:/a.xml', '\\\\a.xml']) expect(problem(open([{ name, data: '1' }])), name).toBe('unsafe-entry');
    expect(problem(open([{ name: 'a.xml', data: 'x'.repeat(5000), size: 1000 }]))).toBe('size-mismatch');
    expect(problem(open([{ name: 'a.xml', data: 'x'.repeat(500), size: 1000 }]))).toBe('size-mismatch');
    expect(problem(open([{ name: 'a.xml', data: 'abc', method: 0, size: 2 }]))).toBe('size-mismatch');
    expect(problem(open([{ name: 'a.xml', data: 'abc', crc: 1 }]))).toBe('corrupt');
    expect(problem(open([{ name: 'a.xml', data: 'abc', localName: 'b.xml' }]))).toBe('corrupt');
    expect(problem(() => new ZipPackage(rawZip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}.xml`, data: '' }))), { bytes: MB, entries: 10 }))).toBe('too-many-parts');
    expect(problem(() => new ZipPackage(Buffer.from('PK\x03\x04 not really'), { bytes: MB, entries: 10 }))).not.toBe('none');
  });

  it('stops inflating at the limit: a 2 GB bomb costs no more than the limit (and little time)', () => {
    const bomb = repeatedSheet('<row><c><v>1</v></c></row>'.repeat(40000), 2000); // ≈ 2 GB of XML
    const pkg = new ZipPackage(rawZip([{ name: 's.xml', data: '', deflated: bomb.data, size: bomb.size, crc: bomb.crc }]), { bytes: 16 * MB, entries: 10 });
    const t = Date.now();
    const before = process.memoryUsage().arrayBuffers;
    expect(problem(() => pkg.read('s.xml'))).toBe('too-large');
    expect(Date.now() - t).toBeLessThan(5000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB);
    // the same data declaring 1,000 bytes: stopped right after them
    const liar = new ZipPackage(rawZip([{ name: 's.xml', data: '', deflated: bomb.data, size: 1000, crc: bomb.crc }]), { bytes: 16 * MB, entries: 10 });
    expect(problem(() => liar.read('s.xml'))).toBe('size-mismatch');
    expect(liar.used).toBe(0);
  });

  it('reads a zip64 archive (sizes and offsets in its zip64 records)', () => {
    const pkg = new ZipPackage(rawZip([{ name: 'a.xml', data: '<a/>' }, { name: 'b.xml', data: '<b>x</b>', method: 0 }], true), { bytes: MB, entries: 10 });
    expect(pkg.names()).toEqual(['a.xml', 'b.xml']);
    expect(Buffer.from(pkg.read('b.xml')!).toString()).toBe('<b>x</b>');
    expect(Buffer.from(pkg.read('a.xml')!).toString()).toBe('<a/>');
  });

  it('relationship targets resolve against the source part, or from the root', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/Sheet5.xml')).toBe('xl/worksheets/Sheet5.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolveTarget('', 'xl/workbook%20x.xml')).toBe('xl/workbook x.xml');
  });
});

describe('XML scan', () => {
  const scan = (xml: string, max = 100) => scanXml(Buffer.from(xml), ['c', 'row'], 8, max);
  it('counts elements and watched names (any prefix), across quotes, comments and CDATA', () => {
    const r = scan('<?xml version="1.0"?><x:sheetData><!-- <c> --><x:row r="1"><x:c r="A1" t=">/"><v>1</v></x:c><c/></x:row><![CDATA[<c>]]></x:sheetData>');
    expect(r.named).toEqual([2, 1]);
    expect(r.elements).toBe(5);
    expect(r.depth).toBe(4);
  });
  it('refuses depth, element counts and DTDs', () => {
    expect(problem(() => scan('<a>'.repeat(9)))).toBe('xml-depth');
    expect(problem(() => scan('<a/>'.repeat(101)))).toBe('xml-elements');
    expect(problem(() => scan('<!DOCTYPE x [<!ENTITY a "b">]><x/>'))).toBe('xml-dtd');
    // text that looks like the end of a tag does not hide the depth
    expect(problem(() => scan('<a>/>'.repeat(9)))).toBe('xml-depth');
  });
});

describe('loading through the relationships', () => {
  it('cells and rows are counted before exceljs builds them; merges count the cells they cover', async () => {
    const lim = { ...limits(), cells: 100, rows: 50 };
    const rows = Array.from({ length: 60 }, (_, i) => [i]);
    await expect(loadXlsx(xlsx([{ name: 'S', xml: sheetXml(rows) }]), lim)).rejects.toMatchObject({ problem: 'too-many-rows' });
    const merged = sheetXml([['x']], '<mergeCells count="1"><mergeCell ref="A1:J11"/></mergeCells>');
    await expect(loadXlsx(xlsx([{ name: 'S', xml: merged }]), lim)).rejects.toMatchObject({ problem: 'too-many-cells' });
    const ok = await loadXlsx(xlsx([{ name: 'S', xml: sheetXml([['a', 1]]) }]), lim);
    expect(ok.worksheets[0].getCell('B1').value).toBe(1);
  });

  it('rows and cells as the sheet numbers them: in any order, in lower case, or unnumbered; never one place twice', async () => {
    const lim = limits();
    const sheet = (rows: string) => xlsx([{ name: 'S', xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>` }]);
    const wb = await loadXlsx(sheet('<row r="3"><c r="b3"><v>2</v></c><c r="A3"><v>1</v></c></row><row r="1"><c><v>5</v></c><c><v>6</v></c></row>'), lim);
    const ws = wb.worksheets[0];
    expect([ws.getCell('A3').value, ws.getCell('B3').value, ws.getCell('A1').value, ws.getCell('B1').value]).toEqual([1, 2, 5, 6]);
    await expect(loadXlsx(sheet('<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c></row>'), lim)).rejects.toMatchObject({ problem: 'corrupt' });
    await expect(loadXlsx(sheet('<row r="2"/><row r="1"/><row r="2"/>'), lim)).rejects.toMatchObject({ problem: 'corrupt' });
    await expect(loadXlsx(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'), lim)).rejects.toMatchObject({ problem: 'corrupt' });
  });
});
