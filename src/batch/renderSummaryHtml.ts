import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { lineText } from '../evaluation/lineText.js';
import { formatIssuePath } from '../issues/formatIssuePath.js';
import type { Language } from '../issues/Language.js';
import { visibleText } from '../issues/visibleText.js';
import { barChartSvg } from '../render/html/barChartSvg.js';
import { escapeHtml } from '../render/html/escapeHtml.js';
import { htmlPage } from '../render/html/htmlPage.js';
import type { BatchSummary } from './BatchSummary.js';
import { requireSummary } from './requireSummary.js';
import { summaryCharts } from './summaryCharts.js';
import { summarySections, type SummarySection } from './summarySections.js';

const words = {
  zh: {
    htmlLang: 'zh-CN',
    title: '批量评分汇总',
    charts: '图表',
    issues: '失败文档的全部问题',
  },
  en: {
    htmlLang: 'en',
    title: 'Batch summary',
    charts: 'Charts',
    issues: 'Every issue of the documents that failed',
  },
} as const;

/** One section as a heading and a table that scrolls in its own box on a narrow screen. */
function sectionHtml(section: SummarySection): string {
  const cell = (tag: 'th' | 'td', text: string, numeric: boolean | undefined): string =>
    `<${tag}${tag === 'th' ? ' scope="col"' : ''}${numeric === true ? ' class="number"' : ''}>${escapeHtml(text)}</${tag}>`;
  return [
    `<section><h2>${escapeHtml(section.title)}</h2>`,
    '<div class="table-scroll"><table>',
    `<thead><tr>${section.header.map((text, index) => cell('th', text, section.numeric[index])).join('')}</tr></thead>`,
    '<tbody>',
    ...section.rows.map(
      (cells) =>
        `<tr>${cells.map((text, index) => cell('td', text, section.numeric[index])).join('')}</tr>`,
    ),
    '</tbody></table></div></section>',
  ].join('\n');
}

/**
 * Renders a batch summary as one self-contained HTML page: a chart of the grades given and one
 * of each 一级 category's distribution (mean with the span from lowest to highest), then every
 * section the other forms write (the overview, grades, ranking, categories, failures, flagged
 * audits) as a table, and each failed document with all of its issues. The page loads nothing,
 * prints on A4 and reads on a phone; every text from the input is escaped.
 *
 * @param summary - the batch summary
 * @param options - `lang` (`zh` default)
 * @returns the page's text
 *
 * @example
 * renderSummaryHtml(summary).includes('<h2>等级分布</h2>'); // → true
 */
export function renderSummaryHtml(
  summary: BatchSummary,
  options: { readonly lang?: Language } = {},
): string {
  requireSummary(summary);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const text = words[lang];
  const charts = summaryCharts(summary, lang);
  const drawn = [charts.grades, charts.categories].filter((chart) => chart.bars.length > 0);
  const figures =
    drawn.length === 0
      ? []
      : [
          `<section><h2>${escapeHtml(text.charts)}</h2>`,
          ...drawn.map(
            (chart) =>
              `<figure id="${chart.id}"><figcaption>${escapeHtml(chart.title)}</figcaption>${barChartSvg(chart)}</figure>`,
          ),
          '</section>',
        ];
  const failures =
    summary.failures.length === 0
      ? []
      : [
          `<section id="failures"><h2>${escapeHtml(text.issues)}</h2>`,
          ...summary.failures.map(({ name, issues }) => {
            const items = issues.map((issue) => {
              const where = issue.path.length === 0 ? '' : `${formatIssuePath(issue.path)}: `;
              return `<li>${escapeHtml(lineText(`${where}${issue.message[lang]} [${issue.code}]`))}</li>`;
            });
            return `<details><summary>${escapeHtml(visibleText(name))}</summary><ul class="issues">${items.join('')}</ul></details>`;
          }),
          '</section>',
        ];
  const body = [
    '<main>',
    `<header><h1>${escapeHtml(text.title)}</h1></header>`,
    ...figures,
    ...summarySections(summary, lang).map(sectionHtml),
    ...failures,
    '</main>',
  ].join('\n');
  return htmlPage({ lang: text.htmlLang, title: text.title, body });
}
