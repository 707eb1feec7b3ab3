import { trimZeros } from '../decimal/trimZeros.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { scoreSheetRows } from './scoreSheetRows.js';
import { sheetLabels } from './sheetLabels.js';

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * Renders an evaluation as a Markdown table (for pasting into documents), levels indented with
 * full-width spaces, the total in bold.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default)
 * @returns the Markdown text
 */
export function renderMarkdown(
  evaluation: Evaluation,
  options: { readonly lang?: Language } = {},
): string {
  const lang = options.lang ?? 'zh';
  const labels = sheetLabels[lang];
  const rows = scoreSheetRows(evaluation, { lang, trim: true });
  const lines = [
    `### ${cell(localize(evaluation.scheme.title, lang))}`,
    '',
    `| ${labels.indicator} | ${labels.weight} | ${labels.score} | ${labels.rate} | ${labels.note} |`,
    '|---|---:|---:|---:|---|',
    ...rows.map((row) => {
      const name = `${'\u3000'.repeat(row.depth - 1)}${row.depth === 1 ? `**${cell(row.name)}**` : cell(row.name)}`;
      return `| ${name} | ${row.weight} | ${row.score} | ${row.scoreRate} | ${cell(row.note)} |`;
    }),
    `| **${labels.total}** | **${evaluation.fullMarks}** | **${trimZeros(evaluation.total)}** | **${evaluation.scoreRatePercent}%** | ${labels.grade}${labels.colon}**${cell(localize(evaluation.grade.name, lang))}** |`,
  ];
  return `${lines.join('\n')}\n`;
}
