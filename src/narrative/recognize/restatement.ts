// Restatements: the same subject in the same year stated in several places ("基本支出2336.91万元" in 三
// and again in 六). A subject is the same when its canonical name is (facts.ts: 收入总计 and 收支总计
// are one); a part of a 其中 list is its total's ("商品和服务支出" of 基本支出 and of 项目支出 are two).
import type { Claims, Figure } from '../claims.js';
import { canon, isNamedSubject } from '../facts.js';
import { isGeneric } from '../subject.js';

export interface Restatement {
  /** The canonical subject. */
  subject: string;
  year?: number;
  /** Every place it is stated, in document order. */
  figures: Figure[];
}

export function restatements(claims: Claims): void {
  const groups = new Map<string, Restatement>();
  for (const f of claims.figures) {
    if (f.role !== 'figure' || !f.money || f.unitMissing) continue;
    const key = canon(f.key);
    if (isGeneric(key) || key.length < 3 || !isNamedSubject(key)) continue;
    const k = `${f.year}|${key}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { subject: key, year: f.year, figures: [] }));
    g.figures.push(f);
  }
  for (const g of groups.values()) if (g.figures.length >= 2) claims.restatements.push(g);
}

/** The canonical total a figure is listed under, if any. */
export function parentOf(claims: Claims, f: Figure): string | undefined {
  const total = claims.partOf.get(f);
  return total && canon(total.key);
}
