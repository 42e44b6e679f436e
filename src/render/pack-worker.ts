// The document writer's thread (see pack.ts): warm up on a small document, then write the real one.
import { parentPort } from 'node:worker_threads';
import type { RenderInput } from './blocks.js';
import { packDocument } from './pack.js';

// every kind of part the real document has: headings, body text, a chart with its caption, a table
const WARM_UP: RenderInput = {
  text: '@cover\n# 标题\n部门\n@end\n@toc 目录\n## 第一部分\n### 一、小节\n#### （一）小小节\n正文。\n@chart c （图1：图）\n@tables',
  charts: { c: { type: 'pie', title: '图', categories: ['甲', '乙'], series: [{ name: '图', values: [1, 2] }], dataLabels: { value: true } } },
  tables: [
    {
      id: '公开01表',
      title: '表',
      dept: '部门',
      unit: '万元',
      grid: {
        headerRows: 1,
        kinds: ['label', 'amount'],
        widths: [6000, 2800],
        size: 20,
        landscape: false,
        rows: [
          [
            { text: '项目', colSpan: 1, numeric: false },
            { text: '金额', colSpan: 1, numeric: false },
          ],
          [
            { text: '合计', colSpan: 1, numeric: false },
            { text: '1.00', colSpan: 1, numeric: true },
          ],
        ],
      },
    },
  ],
};

const warm = packDocument(WARM_UP).catch(() => undefined);

parentPort!.on('message', async (input: RenderInput) => {
  try {
    await warm;
    const packed = await packDocument(input);
    // a Buffer may share a larger pool: hand over an array of its own
    const bytes = packed.byteOffset === 0 && packed.byteLength === packed.buffer.byteLength ? packed : new Uint8Array(packed);
    parentPort!.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: String((e as Error)?.message ?? e) });
  }
});
