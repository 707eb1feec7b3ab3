import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { trimZeros } from '../../decimal/trimZeros.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import { lineText } from '../../evaluation/lineText.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import type { BarChart, ChartBar } from './ChartBar.js';
import { htmlLabels } from './htmlLabels.js';
import { lostPoints } from './lostPoints.js';

/** The most leaves the lost-points chart draws one by one; the rest share one bar. */
const mostLostBars = 12;

/**
 * The report's two charts: each 一级 category's 得分率, and the points each leaf lost (the most
 * first, the twelfth and later summed into one bar), each bar's length exact from the decimals.
 * The lost-points chart has no bars when nothing was lost.
 *
 * @param evaluation - the evaluation
 * @param lang - the language of titles and names
 * @returns the rates chart and the lost-points chart
 *
 * @example
 * reportCharts(evaluation, 'zh').rates.bars[0]?.value; // → '99.92%'
 * @internal
 */
export function reportCharts(
  evaluation: Evaluation,
  lang: Language,
): { readonly rates: BarChart; readonly lost: BarChart } {
  const words = htmlLabels[lang];
  const rateBars: ChartBar[] = evaluation.indicators.map((node) => ({
    label: lineText(localize(node.name, lang)),
    value: node.scoreRatePercent === null ? words.notApplicable : `${node.scoreRatePercent}%`,
    fraction:
      node.scoreRatePercent === null
        ? new JixiaoDecimal(0)
        : new JixiaoDecimal(node.scoreRatePercent).div(100),
  }));
  const lost = lostPoints(evaluation);
  const shown = lost.length > mostLostBars ? lost.slice(0, mostLostBars - 1) : lost;
  const rest = lost.slice(shown.length);
  const restSum = rest.reduce((sum, each) => sum.plus(each.lost), new JixiaoDecimal(0));
  const largest = lost[0]?.lost ?? new JixiaoDecimal(1);
  const biggest = JixiaoDecimal.max(largest, restSum);
  const lostBar = (label: string, points: Dec): ChartBar => ({
    label,
    value: `−${trimZeros(points.toString())}`,
    fraction: points.div(biggest),
  });
  const lostBars = [
    ...shown.map(({ leaf, lost: points }) => lostBar(lineText(localize(leaf.name, lang)), points)),
    ...(rest.length === 0 ? [] : [lostBar(words.otherLeaves(rest.length), restSum)]),
  ];
  const listed = (bars: readonly ChartBar[]): string =>
    bars.map((bar) => `${bar.label} ${bar.value}`).join(lang === 'zh' ? '；' : '; ');
  return {
    rates: {
      id: 'chart-rates',
      title: words.ratesTitle,
      description: `${words.ratesDescription}${lang === 'zh' ? '：' : ': '}${listed(rateBars)}`,
      tone: 'score',
      bars: rateBars,
    },
    lost: {
      id: 'chart-lost',
      title: words.lostTitle,
      description:
        lostBars.length === 0
          ? words.nothingLost
          : `${words.lostDescription}${lang === 'zh' ? '：' : ': '}${listed(lostBars)}`,
      tone: 'lost',
      bars: lostBars,
    },
  };
}
