// Narrative text as written → text the claim patterns can read: ASCII digits and %, thousands
// separators dropped, extraction artefacts removed. Chinese punctuation is kept: it separates clauses.
export function normaliseText(raw: string): string {
  return raw
    .replace(/\[(?:bookmark|image):[^\]]*\]/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[％]/g, '%')
    .replace(/(\d)[．](\d)/g, '$1.$2')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
