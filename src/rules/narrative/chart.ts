import { canon } from '../../narrative/facts.js';
import { sameAmount } from '../../narrative/interval.js';
import { subjectKey } from '../../narrative/subject.js';
import { defineNarrativeRule } from '../rule.js';

/** What a chart is about, from its title ("财政拨款收、支决算总计变动情况" → 财政拨款收、支总计). */
function chartSubject(title: string): string {
  return title.replace(/^[（(]?图\s*\d+[：:]?/, '').replace(/(变动情况|变动|结构图|结构|情况|示意图|图)+[）)]?$/, '').replace(/决算/g, '');
}

export default defineNarrativeRule(
  {
    id: 'n-chart',
    severity: 'error',
    title: { zh: '说明中的图表数据与正文不符', en: 'Narrative: a chart’s data contradicts the text' },
    rationale: {
      zh: '图表（Word 原生图表的缓存数据）中的数值应与正文所述一致：结构图的每一类、变动图中本年度的数值。图表数据往往是复制上年文档后忘记更新的地方。',
      en: 'A native chart’s cached values must agree with the text: each category of a structure chart, and this year’s bar of a change chart. Charts are where last year’s data survives a copy.',
    },
    fix: {
      zh: '让图表数据与正文一致：在 Word 中右键图表选“编辑数据”改正该数据点，或用 fa-render 重新生成。',
      en: 'Make the chart agree with the text: right-click the chart in Word, Edit Data, correct the point; or render it again with fa-render.',
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
