import { fixed, decimalsOf, type Dec } from '../../model/decimal.js';
import { UNIT_FACTOR, type Amount, type WorkbookModel } from '../../model/types.js';
import { canon } from '../../narrative/facts.js';
import { sameAmount } from '../../narrative/interval.js';
import type { Block, Chart } from '../../narrative/model.js';
import type { NarrativeContext } from '../../narrative/context.js';
import { subjectKey } from '../../narrative/subject.js';
import { workbookAmount } from '../../narrative/workbook-map.js';
import { defineNarrativeRule } from '../rule.js';

/** What a chart is about, from its title ("财政拨款收、支决算总计变动情况" → 财政拨款收、支总计). */
function chartSubject(title: string): string {
  return title.replace(/^[（(]?图\s*\d+[：:]?/, '').replace(/(变动情况|变动|结构图|结构|情况|示意图|图)+[）)]?$/, '').replace(/决算/g, '');
}

/** The precision a chart is drawn at: the most decimals any of its values has (its cache drops trailing zeros). */
function precision(chart: Chart): number {
  let p = 0;
  for (const s of chart.series) for (const v of s.values) if (v) p = Math.max(p, decimalsOf(v));
  return p;
}

/** The workbook figure a chart point draws: by its own subject, else by the chart's. */
function bookFigure(m: WorkbookModel, subject: string, chart: Chart): Amount | null | undefined {
  const own = workbookAmount(m, canon(subjectKey(subject)), subject, chart.title);
  if (own !== undefined) return own;
  const whole = chartSubject(chart.title);
  return workbookAmount(m, canon(subjectKey(whole)), whole, chart.title);
}

/** A point against the workbook of its year; false when no workbook figure is known for it. */
function againstWorkbook(ctx: NarrativeContext, b: Block, chart: Chart, point: { category: string; series: string; value: Dec; subject: string; year?: number }): boolean {
  const model = ctx.model;
  if (!model) return false;
  const year = model.year ?? ctx.doc.year;
  const which = point.year === undefined || point.year === year ? 'current' : ctx.prior && point.year === (ctx.prior.year ?? (year ? year - 1 : undefined)) ? 'prior' : undefined;
  if (!which) return false;
  const book = bookFigure(which === 'current' ? model : ctx.prior!, point.subject, chart);
  if (book === undefined) return false;
  const p = precision(chart);
  const wan = book === null ? fixed(point.value.times(0), p) : fixed(book.value.div(UNIT_FACTOR['万元']), p);
  const stated = point.value.toFixed();
  if (fixed(point.value, p) === wan) return true;
  const expected = book?.shown || wan;
  ctx.report('workbook', b, undefined, { chart: chart.title, category: point.category, series: point.series, stated, expected, sheet: book?.source.sheet ?? '', cell: book?.source.cell ?? '', which }, {
    stated,
    expected,
    related: book ? [{ sheet: book.source.sheet, cell: book.source.cell, label: [book.source.code, book.source.row, book.source.column].filter(Boolean).join(' '), shown: book.shown }] : [],
  });
  return true;
}

export default defineNarrativeRule(
  {
    id: 'n-chart',
    severity: 'error',
    title: { zh: '说明中的图表数据与公开表或正文不符', en: 'Narrative: a chart’s data contradicts the workbook or the text' },
    rationale: {
      zh: '图表（Word 原生图表的缓存数据）中的每个数据点都应与公开表一致：本年度的点与本年工作簿、上年度的点（变动图中的上年柱）与上年工作簿，按图表数据的小数位判断。没有给出工作簿，或公开表中没有对应的数时，与正文所述比较。图表数据往往是复制上年文档后忘记更新的地方。',
      en: 'Every point of a native chart (its cached data) must agree with the workbook: this year’s points with this year’s workbook, last year’s bars with last year’s, at the decimals the chart holds. Without a workbook, or for a point no table gives, it is compared with the text. Charts are where last year’s data survives a copy.',
    },
    fix: {
      zh: '让图表数据与公开表一致：在 Word 中右键图表选“编辑数据”改正该数据点，或用 fa-render 重新生成。',
      en: 'Make the chart agree with the workbook: right-click the chart in Word, Edit Data, correct the point; or render it again with fa-render.',
    },
  },
  (ctx) => {
    for (const b of ctx.doc.blocks) {
      const chart = b.chart;
      if (!chart) continue;
      for (const s of chart.series) {
        s.categories.forEach((cat, i) => {
          const v = s.values[i];
          if (!v) return;
          const isYear = /^\d{4}(年度?)?$/.test(cat);
          const seriesYear = /^(\d{4})(年度?)?$/.exec(s.name);
          const year = isYear ? +cat.slice(0, 4) : seriesYear ? +seriesYear[1] : ctx.doc.year;
          const subject = isYear ? (/^(收入|支出|决算数|金额)?$/.test(s.name) ? chartSubject(chart.title) : s.name) : cat;
          if (againstWorkbook(ctx, b, chart, { category: cat, series: s.name, value: v, subject, year })) return;
          const fact = ctx.facts.find(subject, year) ?? (isYear ? ctx.facts.find(canon(subjectKey(chartSubject(chart.title))), year) : undefined);
          if (!fact) return;
          const fit = sameAmount(v, fact.value);
          if (fit === 'exact') return;
          ctx.report(fit === 'rounding' ? 'rounding' : 'default', b, undefined, { chart: chart.title, category: cat, series: s.name, stated: v.toFixed(), expected: fact.text, whereSection: fact.block.section, whereParagraph: fact.block.index }, { severity: fit === 'rounding' ? 'info' : 'error', stated: v.toFixed(), expected: fact.text });
        });
      }
    }
  },
);
