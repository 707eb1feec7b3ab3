import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { scoreSheetRows } from './scoreSheetRows.js';
import { sheetLabels } from './sheetLabels.js';

const field = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * Renders an evaluation as CSV (RFC 4180, CRLF line ends) for spreadsheets: level, id, name,
 * 分值, 得分, 得分率, 说明, one row per node, then the total. Scores keep the scheme's scale.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default) for the header and names
 * @returns the CSV text
 */
export function renderCsv(
  evaluation: Evaluation,
  options: { readonly lang?: Language } = {},
): string {
  const lang = options.lang ?? 'zh';
  const labels = sheetLabels[lang];
  const rows = scoreSheetRows(evaluation, { lang });
  const lines = [
    [
      labels.level,
      labels.id,
      labels.indicator,
      labels.weight,
      labels.score,
      labels.rate,
      labels.note,
    ],
    ...rows.map((row) => [
      String(row.depth),
      row.id,
      row.name,
      row.weight,
      row.score,
      row.scoreRate,
      row.note,
    ]),
    [
      '0',
      '',
      labels.total,
      evaluation.fullMarks,
      evaluation.total,
      `${evaluation.scoreRatePercent}%`,
      `${labels.grade}${labels.colon}${localize(evaluation.grade.name, lang)}`,
    ],
  ];
  return `${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}
