import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { displayWidth } from '../displayWidth.js';
import { fitText } from '../fitText.js';
import { lineText } from '../lineText.js';
import type { BarChart } from './ChartBar.js';
import { escapeHtml } from './escapeHtml.js';

/** The drawing's width in user units; the page scales it to the width it has. */
const width = 400;
/** Each bar's band: the label line above, the bar below it. */
const band = 44;
const barHeight = 14;
/** The most a terminal column of text (half a CJK character) takes at 14 px, in user units. */
const columnWidth = 8;

/** A length along the width, exactly, to 2 decimal places (a fraction outside 0–1 is clamped). */
function along(fraction: Dec): string {
  const clamped = JixiaoDecimal.max(0, JixiaoDecimal.min(1, fraction));
  return clamped.times(width).toDecimalPlaces(2).toString();
}

/**
 * Draws a horizontal bar chart as inline SVG: one band per bar with its label and value on a line
 * and the bar below on a light track (with an optional span across it). The chart's title and
 * description are its text alternative (`<title>`, `<desc>`, `role="img"`, `aria-labelledby`),
 * and each bar has its full label and value as a tooltip. Every length is computed exactly from
 * the decimals, so the same chart is always the same bytes.
 *
 * @param chart - the chart's id, title, description, tone and bars
 * @returns the `<svg>` element's text
 *
 * @example
 * barChartSvg({ id: 'rates', title: '得分率', description: '…', tone: 'score', bars: [{ label: '履职效能', value: '99.92%', fraction: decimal('0.9992') }] });
 * // → '<svg xmlns="http://www.w3.org/2000/svg" … role="img" aria-labelledby="rates-title rates-desc">…'
 * @internal
 */
export function barChartSvg(chart: BarChart): string {
  const height = Math.max(1, chart.bars.length) * band + 8;
  const id = escapeHtml(chart.id);
  const bars = chart.bars.map((bar, index) => {
    const top = index * band;
    const label = lineText(bar.label);
    const value = lineText(bar.value);
    const room = Math.floor((width - 16) / columnWidth) - displayWidth(value);
    const range =
      bar.range === undefined
        ? ''
        : `<rect class="range" x="${along(bar.range.from)}" y="${top + 22 + barHeight / 2 - 2}" width="${along(bar.range.to.minus(bar.range.from))}" height="4"/>`;
    return [
      `<g class="bar"><title>${escapeHtml(`${label}: ${value}`)}</title>`,
      `<text x="0" y="${top + 16}">${escapeHtml(fitText(label, Math.max(4, room)))}</text>`,
      `<text class="value" x="${width}" y="${top + 16}" text-anchor="end">${escapeHtml(value)}</text>`,
      `<rect class="track" x="0" y="${top + 22}" width="${width}" height="${barHeight}"/>`,
      `<rect class="fill" x="0" y="${top + 22}" width="${along(bar.fraction)}" height="${barHeight}"/>`,
      `${range}</g>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${chart.tone}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(chart.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(chart.description)}</desc>`,
    ...bars,
    '</svg>',
  ].join('\n');
}
