import { trimZeros } from '../../decimal/trimZeros.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import { lineText } from '../../evaluation/lineText.js';
import { requireEvaluation } from '../../evaluation/requireEvaluation.js';
import { requireLanguage } from '../../evaluation/requireLanguage.js';
import { requireOptions } from '../../evaluation/requireOptions.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import { sheetLabels } from '../sheetLabels.js';
import { barChartSvg } from './barChartSvg.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlLabels } from './htmlLabels.js';
import { htmlPage } from './htmlPage.js';
import { reportCharts } from './reportCharts.js';
import { scoreTableHtml } from './scoreTableHtml.js';

/** The `subject` option as given: absent, or an array of strings. */
function subjectOf(value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((line) => typeof line === 'string')) return value;
  throw invalidArgument('options.subject', { zh: '字符串数组', en: 'an array of strings' }, value);
}

/**
 * Renders an evaluation as one self-contained HTML page: the scheme's title and whom it is
 * about, the total and grade large at the top, a bar chart of each 一级 category's 得分率 and
 * one of where points were lost (hand-drawn SVG, each with a text alternative), and the score
 * sheet (一级/二级/三级, 分值, 得分, 得分率, 说明), each leaf's 说明 opening onto how it was
 * scored. The page loads nothing (inline style, one small inline script that opens the
 * explanations for printing), prints on A4 and reads on a phone (the table scrolls in its own
 * box). Every text from the input is escaped (see docs/security.md); decimals are the
 * evaluation's strings; the same evaluation always gives the same bytes.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default); `subject`, lines under the title (the department and
 *   year, the project)
 * @returns the page's text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object, name another language or give a `subject`
 *   that is not an array of strings
 *
 * @example
 * renderHtmlReport(evaluation, { subject: ['南洲街道办事处 2023 年度'] });
 * // → '<!DOCTYPE html>\n<html lang="zh-CN">…<span class="big" id="total">91.46</span>…'
 */
export function renderHtmlReport(
  evaluation: Evaluation,
  options: { readonly lang?: Language; readonly subject?: readonly string[] } = {},
): string {
  requireEvaluation(evaluation);
  const given = requireOptions(options);
  const lang = requireLanguage(given['lang'], 'options.lang');
  const subject = subjectOf(given['subject']);
  const labels = sheetLabels[lang];
  const words = htmlLabels[lang];
  const title = lineText(localize(evaluation.scheme.title, lang));
  const { scheme, notApplicable } = evaluation;
  const charts = reportCharts(evaluation, lang);
  const meta = [
    ...subject.map((line) => lineText(line)),
    `${words.scheme}${labels.colon}${scheme.id}@${scheme.version}`,
    ...(notApplicable.rescaleFactor === '1'
      ? []
      : [words.rescaled(notApplicable.weight, notApplicable.rescaleFactor)]),
  ];
  const lostChart =
    charts.lost.bars.length === 0
      ? `<p id="chart-lost">${escapeHtml(words.nothingLost)}</p>`
      : `<figure id="chart-lost">${barChartSvg(charts.lost)}</figure>`;
  const body = [
    '<main>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...meta.map((line) => `<p class="meta">${escapeHtml(line)}</p>`),
    '</header>',
    `<section class="headline" aria-label="${escapeHtml(words.headline)}">`,
    `<div><span class="label">${labels.total}</span><span class="big" id="total">${escapeHtml(trimZeros(evaluation.total))}</span><span class="small">${escapeHtml(words.outOf(evaluation.fullMarks))}</span></div>`,
    `<div><span class="label">${labels.grade}</span><span class="big" id="grade">${escapeHtml(lineText(localize(evaluation.grade.name, lang)))}</span></div>`,
    `<div><span class="label">${labels.rate}</span><span class="big" id="rate">${escapeHtml(evaluation.scoreRatePercent)}%</span></div>`,
    '</section>',
    `<section><h2>${escapeHtml(words.ratesTitle)}</h2>`,
    `<figure id="chart-rates">${barChartSvg(charts.rates)}</figure></section>`,
    `<section><h2>${escapeHtml(words.lostTitle)}</h2>`,
    `${lostChart}</section>`,
    `<section><h2>${escapeHtml(words.sheet)}</h2>`,
    `<div class="table-scroll">${scoreTableHtml(evaluation, lang)}</div></section>`,
    '</main>',
  ].join('\n');
  return htmlPage({ lang: words.htmlLang, title, body });
}
