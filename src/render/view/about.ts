// 第一部分 and the document's frame: department, year, duties, organisation.
import type { ViewContext } from './context.js';

export function about(c: ViewContext) {
  const m = c.model;
  const p = c.profile;
  // the year the workbook states, or the year after last year's, or the profile's; never today's
  const year = m.year ?? (c.prior?.year ? c.prior.year + 1 : undefined) ?? p.year;
  return {
    year: year ?? c.missing('gap.year'),
    priorYear: year ? year - 1 : c.missing('gap.year'),
    dept: p.department ?? m.department ?? c.missing('gap.department'),
    duties: p.duties?.length ? p.duties : [c.missing('gap.duties')],
    organization: p.organization?.length ? p.organization : [c.missing('gap.organization')],
    date: p.date ?? c.missing('gap.field', { what: '公开日期', field: 'date' }),
  };
}
