// Narrative text as written → text the claim patterns can read: ASCII digits and %, thousands
// separators dropped, extraction artefacts removed. Chinese punctuation is kept: it separates clauses.
export function normaliseText(raw: string): string {
  return raw
    .replace(/\[(?:bookmark|image):[^\]]*\]/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[％]/g, '%')
    .replace(/(\d)[．](\d)/g, '$1.$2')
    // a thousands separator sits in the whole part: "600.00,900.00万元" is a list of two
    .replace(/(?<!\.\d*)(\d)[,，](?=\d{3}(?!\d))/g, '$1')
    // a soft line break (Word's w:br, a PDF line end) inside Chinese text or a figure breaks nothing:
    // "212.53⏎万元" is one figure
    .replace(/([^\sA-Za-z])[ \t]*\n[ \t]*(?=[^\sA-Za-z])/g, '$1')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    // PDF text puts spaces around numbers and between letter-spaced characters: "2023 年",
    // "17000 元", "下降 4.03 %", "基 本 支出 预 算 488180.64 元 , 其中 :"; Chinese has no spaces of its own
    .replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef,:;\d%]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef,:;%])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef,:;]) (?=\d)/g, '')
    .trim();
}
