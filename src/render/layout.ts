// Page and type after GB/T 9704 (党政机关公文格式), in one place. Sizes in the units docx takes:
// twips (1/20 pt; 1 mm = 56.7 twips) and half-points.
const MM = 56.7;

const page = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const margin = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };

export const LAYOUT = {
  page,
  margin,
  /** A landscape page: the paper turned, its margins with it. */
  landscape: { width: page.height, height: page.width, margin: { top: margin.left, bottom: margin.right, left: margin.top, right: margin.bottom } },
  /** Fixed line pitch of the body: 28.95 pt. */
  line: Math.round(28.95 * 20),
  body: { font: '仿宋_GB2312', fallback: 'FangSong', size: 32 },
  title: { font: '方正小标宋简体', fallback: 'SimSun', size: 44 },
  /** 第N部分 */
  heading1: { font: '黑体', fallback: 'SimHei', size: 32 },
  /** 一、 */
  heading2: { font: '黑体', fallback: 'SimHei', size: 32 },
  /** （一） */
  heading3: { font: '楷体_GB2312', fallback: 'KaiTi', size: 32 },
  /** 1. (a fourth level, when a template has one) */
  heading4: { font: '仿宋_GB2312', fallback: 'FangSong', size: 32, bold: true },
  table: { font: '仿宋_GB2312', fallback: 'FangSong', size: 20 },
  tableTitle: { font: '黑体', fallback: 'SimHei', size: 28 },
  caption: { font: '仿宋_GB2312', fallback: 'FangSong', size: 24 },
  cover: { font: '黑体', fallback: 'SimHei', size: 36 },
  coverTitle: { font: '方正小标宋简体', fallback: 'SimSun', size: 72 },
  /** First-line indent of body paragraphs: two characters of 16 pt. */
  indent: 640,
  /** Charts in pixels (a 15 × 7 cm picture). */
  chart: { width: 567, height: 265 },
  /** Left and right padding of a table cell. */
  cellPad: 57,
} as const;

/** The width of the text of a page in twips. */
export function textWidth(landscape: boolean): number {
  const p = landscape ? LAYOUT.landscape : { width: page.width, margin };
  return p.width - p.margin.left - p.margin.right;
}

/** The height of the text of a page in twips. */
export function textHeight(landscape: boolean): number {
  const p = landscape ? LAYOUT.landscape : { height: page.height, margin };
  return p.height - p.margin.top - p.margin.bottom;
}

/** How wide text is, in ems of its size: Chinese characters and full-width signs one, digits and Latin letters about half. */
export function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) >= 0x2e80 ? 1 : ch === ' ' ? 0.3 : 0.62;
  return w;
}
