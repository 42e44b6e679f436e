// 第四部分 附件: the project self-evaluation tables, from the profile's projects; a gap when it has none.
import type { ProjectView } from '../tables.js';
import { fromProfile, wan, type ViewContext } from './context.js';

export function annex(c: ViewContext): { projects: (ProjectView & { title: string })[]; missing: string } {
  const projects = c.profile.projects ?? [];
  if (!projects.length) return { projects: [], missing: c.missing('gap.projects') };
  const field = (what: string, path: string) => c.missing('gap.field', { what, field: path });
  return {
    missing: '',
    projects: projects.map((given, i) => {
      const at = `projects[${i}]`;
      const p = { ...given, name: given.name ?? field('项目名称', `${at}.name`) };
      const money = (v: number | string | undefined, what: string, path: string) => (v === undefined ? field(`${p.name}的${what}`, `${at}.${path}`) : wan(fromProfile(v)!));
      const indicators = p.indicators ?? [];
      return {
        title: `项目支出绩效自评表（${p.name}）`,
        name: p.name,
        unit: p.unit ?? '',
        total: money(p.funds?.total, '年度资金总额', 'funds.total'),
        fiscal: money(p.funds?.fiscal, '财政拨款', 'funds.fiscal'),
        goal: p.goal ?? '',
        indicators: indicators.length
          ? indicators.map((x, j) => ({
              level1: x.level1 ?? '',
              level2: x.level2 ?? '',
              name: x.name ?? '',
              target: x.target === undefined ? field(`${p.name}“${x.name ?? ''}”的指标值`, `${at}.indicators[${j}].target`) : String(x.target),
              actual: x.actual === undefined ? field(`${p.name}“${x.name ?? ''}”的完成值`, `${at}.indicators[${j}].actual`) : String(x.actual),
            }))
          : [{ level1: '', level2: '', name: field(`${p.name}的绩效指标`, `${at}.indicators`), target: '', actual: '' }],
        score: p.score === undefined ? '' : String(p.score),
      };
    }),
  };
}
