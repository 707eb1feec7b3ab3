import { trimZeros } from '../decimal/trimZeros.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { markdownText } from './markdownText.js';
import { scoreSheetRows } from './scoreSheetRows.js';
import { sheetLabels } from './sheetLabels.js';

/** A 一级 name in bold; an empty one left empty rather than written as `****`. */
const bold = (text: string): string => (text === '' ? '' : `**${text}**`);

/**
 * Renders an evaluation as a Markdown table (for pasting into documents), levels indented with
 * full-width spaces, the total in bold. Text from the input (the title, names, notes, the
 * grade) is written literally: folded onto one line, HTML written as entities and Markdown
 * syntax escaped (see `markdownText` and docs/security.md), so `<b>` shows as `<b>` and `|`
 * adds no column.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default)
 * @returns the Markdown text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object or name another language
 *
 * @example
 * renderMarkdown(evaluation).split('\n')[0]; // "### 广州市（海珠区）2023 年部门整体支出绩效自评指标体系"
 */
export function renderMarkdown(
  evaluation: Evaluation,
  options: { readonly lang?: Language } = {},
): string {
  requireEvaluation(evaluation);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const labels = sheetLabels[lang];
  const rows = scoreSheetRows(evaluation, { lang, trim: true });
  const lines = [
    `### ${markdownText(localize(evaluation.scheme.title, lang))}`,
    '',
    `| ${labels.indicator} | ${labels.weight} | ${labels.score} | ${labels.rate} | ${labels.note} |`,
    '|---|---:|---:|---:|---|',
    ...rows.map((row) => {
      const name = markdownText(row.name);
      const indented = `${'\u3000'.repeat(row.depth - 1)}${row.depth === 1 ? bold(name) : name}`;
      return `| ${indented} | ${row.weight} | ${row.score} | ${row.scoreRate} | ${markdownText(row.note)} |`;
    }),
    `| **${labels.total}** | **${evaluation.fullMarks}** | **${trimZeros(evaluation.total)}** | **${evaluation.scoreRatePercent}%** | ${labels.grade}${labels.colon}**${markdownText(localize(evaluation.grade.name, lang))}** |`,
  ];
  return `${lines.join('\n')}\n`;
}
