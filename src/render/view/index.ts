// Workbook (+ last year's, + profile) → the values templates may use, one builder per section of the
// document. Every figure is computed from exact amounts; what no table or profile gives becomes a
// visible 【待补充：…】 marker.
import type { WorkbookModel } from '../../model/types.js';
import type { Problem } from '../../report/say.js';
import type { Profile } from '../profile.js';
import { about } from './about.js';
import { annex } from './annex.js';
import { basic } from './basic.js';
import { ViewContext } from './context.js';
import { funds } from './funds.js';
import { glossary } from './glossary.js';
import { gpb } from './gpb.js';
import { assets, operating, performance, procurement } from './other.js';
import { expense, fiscal, income, spendingChanges, total } from './overall.js';
import { sangong } from './sangong.js';

export type { Change, Part } from './context.js';

export interface View {
  data: Record<string, unknown>;
  /** The gaps shown as 【待补充】 in the document, in the order they were met. */
  warnings: Problem[];
}

export function buildView(model: WorkbookModel, prior: WorkbookModel | undefined, profile: Profile): View {
  const c = new ViewContext(model, prior, profile);
  // in the order of the document, so that the gaps are listed in that order too
  const data = {
    ...about(c),
    total: total(c),
    ...spendingChanges(c),
    income: income(c),
    expense: expense(c),
    fiscal: fiscal(c),
    gpb: gpb(c),
    basic: basic(c),
    sangong: sangong(c),
    ...funds(c),
    operating: operating(c),
    procurement: procurement(c),
    assets: assets(c),
    performance: performance(c),
    glossary: glossary(c),
    annex: annex(c),
  };
  return { data, warnings: c.warnings };
}
