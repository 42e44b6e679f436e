import { readNarrative } from '../../../src/read/narrative/index.js';
const r = await readNarrative(process.argv[2]);
console.log(r.doc?.year, r.unreadable);
for (const b of r.doc?.blocks ?? []) if (b.heading || process.argv[3]) console.log(b.index, b.kind, JSON.stringify(b.section), b.heading ?? '', b.cell ? JSON.stringify(b.cell) : '', b.text.slice(0, 60));
