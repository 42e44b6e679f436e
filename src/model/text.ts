// Label normalisation shared by the readers: labels are compared after this.

/** Drop spaces, unify brackets and quotes. Keeps the meaning of the text. */
const NEEDS_CLEANING = /[\s\u3000\u00a0()（）“”"＂'‘’「」:：]/;

export function clean(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[(（]/g, '（')
    .replace(/[)）]/g, '）')
    .replace(/[“”"＂'‘’「」]/g, '"')
    .replace(/[:：]/g, '：');
}

const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\d+[、.．](?!\d)|[①-⑳])/;

/** clean() plus removal of a leading ordinal ("一、", "（二）", "3.") */
export function label(text: string): string {
  let s = clean(text);
  for (let i = 0; i < 2 && ORDINAL.test(s); i++) s = s.replace(ORDINAL, '');
  return s;
}

/** Without quotes, for matching "三公" vs 三公. */
export function bare(text: string): string {
  return label(text).replace(/"/g, '');
}
