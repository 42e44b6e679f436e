// Page and type after GB/T 9704 (党政机关公文格式), in one place. Sizes in the units docx takes:
// twips (1/20 pt; 1 mm = 56.7 twips) and half-points.
const MM = 56.7;

export const LAYOUT = {
  page: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
  /** Fixed line pitch of the body: 28.95 pt. */
  line: Math.round(28.95 * 20),
  body: { font: '仿宋_GB2312', fallback: 'FangSong', size: 32 },
  title: { font: '方正小标宋简体', fallback: 'SimSun', size: 44 },
  heading1: { font: '黑体', fallback: 'SimHei', size: 32 },
  heading2: { font: '楷体_GB2312', fallback: 'KaiTi', size: 32 },
  heading3: { font: '仿宋_GB2312', fallback: 'FangSong', size: 32, bold: true },
  table: { font: '仿宋_GB2312', fallback: 'FangSong', size: 20 },
  caption: { font: '仿宋_GB2312', fallback: 'FangSong', size: 24 },
  /** First-line indent of body paragraphs: two characters of 16 pt. */
  indent: 640,
  chart: { width: 560, height: 300 },
} as const;
