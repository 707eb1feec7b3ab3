import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { lineText } from '../evaluation/lineText.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import type { BarChart, ChartBar } from '../render/html/ChartBar.js';
import type { BatchSummary } from './BatchSummary.js';

const words = {
  zh: {
    grades: '等级分布',
    gradesDescription: '每个等级的文档数',
    documents: (count: number) => `${count} 份`,
    categories: '一级指标分布',
    categoriesDescription: '每个一级指标的平均得分占分值的比例，细线为最低到最高',
    spread: (mean: string, min: string, max: string) => `平均 ${mean}（${min}–${max}）`,
    none: '无评分',
    separator: '；',
    colon: '：',
  },
  en: {
    grades: 'Grades',
    gradesDescription: 'Documents given each grade',
    documents: (count: number) => `${count} documents`,
    categories: 'Top-level categories',
    categoriesDescription:
      'Each top-level category’s mean score as a part of its weight, the thin line from lowest to highest',
    spread: (mean: string, min: string, max: string) => `mean ${mean} (${min}–${max})`,
    none: 'none scored',
    separator: '; ',
    colon: ': ',
  },
} as const;

/**
 * A batch summary's two charts: how many documents got each grade, and each 一级 category's mean
 * score as a part of its weight with the span from the lowest to the highest (its scheme named
 * when the batch has more than one). Lengths are exact from the decimals.
 *
 * @param summary - the batch summary
 * @param lang - the language of titles and names
 * @returns the grades chart and the categories chart (either may have no bars)
 *
 * @example
 * summaryCharts(summary, 'zh').grades.bars[0]?.value; // → '3 份'
 * @internal
 */
export function summaryCharts(
  summary: BatchSummary,
  lang: Language,
): { readonly grades: BarChart; readonly categories: BarChart } {
  const text = words[lang];
  const most = Math.max(1, ...summary.grades.map(({ count }) => count));
  const gradeBars: ChartBar[] = summary.grades.map(({ grade, count }) => ({
    label: lineText(grade),
    value: text.documents(count),
    fraction: new JixiaoDecimal(count).div(most),
  }));
  const schemes = new Set(summary.categories.map(({ scheme }) => scheme));
  const categoryBars: ChartBar[] = summary.categories.map((category) => {
    const name = lineText(localize(category.name, lang));
    const label = schemes.size > 1 ? `${name} (${category.scheme})` : name;
    const weight = new JixiaoDecimal(category.weight);
    const part = (value: string): Dec =>
      weight.isZero() ? new JixiaoDecimal(0) : new JixiaoDecimal(value).div(weight);
    const { mean, min, max } = category;
    if (mean === null || min === null || max === null)
      return { label, value: text.none, fraction: new JixiaoDecimal(0) };
    return {
      label,
      value: text.spread(mean, min, max),
      fraction: part(mean),
      range: { from: part(min), to: part(max) },
    };
  });
  const listed = (bars: readonly ChartBar[]): string =>
    bars.map((bar) => `${bar.label} ${bar.value}`).join(text.separator);
  return {
    grades: {
      id: 'chart-grades',
      title: text.grades,
      description: `${text.gradesDescription}${text.colon}${listed(gradeBars)}`,
      tone: 'score',
      bars: gradeBars,
    },
    categories: {
      id: 'chart-categories',
      title: text.categories,
      description: `${text.categoriesDescription}${text.colon}${listed(categoryBars)}`,
      tone: 'score',
      bars: categoryBars,
    },
  };
}
