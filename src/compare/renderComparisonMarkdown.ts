import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { markdownText } from '../render/markdownText.js';
import { changedText } from './changedText.js';
import { comparisonLabels } from './comparisonLabels.js';
import { comparisonRows } from './comparisonRows.js';
import { comparisonTitle } from './comparisonTitle.js';
import type { EvaluationComparison } from './EvaluationComparison.js';
import { requireComparison } from './requireComparison.js';
import { signedChange } from './signedChange.js';

/** A 一级 name in bold; an empty one left empty rather than written as `****`. */
const bold = (text: string): string => (text === '' ? '' : `**${text}**`);

/**
 * Renders a comparison as a Markdown table (for pasting into documents), with the columns of
 * the terminal table: indicator (levels indented with full-width spaces, 一级 in bold), 分值,
 * both years' 得分, the signed changes of 得分 and 得分率, and the note; the totals in bold, then
 * the count of leaves by status. Text from the input is written literally (see `markdownText`):
 * no HTML, no Markdown syntax, no extra column.
 *
 * @param comparison - what `compareEvaluations` returned
 * @param options - `lang` (`zh` default)
 * @returns the Markdown text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   comparison, or options that are not an object or name another language
 *
 * @example
 * renderComparisonMarkdown(comparison).split('\n')[0]; // "### 绩效对比"
 */
export function renderComparisonMarkdown(
  comparison: EvaluationComparison,
  options: { readonly lang?: Language } = {},
): string {
  requireComparison(comparison);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const labels = comparisonLabels[lang];
  const { before, after } = comparison;
  const rows = comparisonRows(comparison, lang);
  const grade = changedText(localize(before.grade.name, lang), localize(after.grade.name, lang));
  const lines = [
    `### ${labels.heading}`,
    '',
    ...comparisonTitle(comparison, lang).map((line) => `- ${markdownText(line)}`),
    '',
    `| ${labels.indicator} | ${labels.weight} | ${labels.scoreBefore} | ${labels.scoreAfter} | ${labels.change} | ${labels.rateChange} | ${labels.note} |`,
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((row) => {
      const name = markdownText(row.name);
      const indented = `${'\u3000'.repeat(row.depth - 1)}${row.depth === 1 ? bold(name) : name}`;
      return `| ${indented} | ${row.weight} | ${row.scoreBefore} | ${row.scoreAfter} | ${row.scoreChange} | ${row.rateChange} | ${markdownText(row.note)} |`;
    }),
    `| **${labels.total}** | **${changedText(before.fullMarks, after.fullMarks)}** | **${before.total}** | **${after.total}** | **${signedChange(comparison.totalChange)}** | **${signedChange(comparison.scoreRateChange)}** | ${labels.grade}${labels.colon}**${markdownText(grade)}** |`,
    '',
    markdownText(labels.leafCounts(comparison.leafCounts)),
  ];
  return `${lines.join('\n')}\n`;
}
