import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { csvField } from './csvField.js';
import { scoreSheetRows } from './scoreSheetRows.js';
import { sheetLabels } from './sheetLabels.js';

/**
 * Renders an evaluation as CSV (RFC 4180, CRLF line ends) for spreadsheets: level, id, name,
 * 分值, 得分, 得分率, 说明, one row per node, then the total. Scores keep the scheme's scale.
 *
 * Every field is written by the same rule against formula injection (OWASP): a cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return, also behind leading spaces or quotes, or with the full-width `＝ ＋ － ＠`) is prefixed
 * with `'` and quoted, so `=1+1` is written `"'=1+1"`; a cell that is exactly a plain negative
 * decimal (`-1.5`, `-0.25%`) stays a number. Terminal controls (ESC, bidirectional overrides)
 * are shown as `\u{…}` escapes; a line break in a name stays inside its quoted field. See
 * docs/security.md.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default) for the header and names
 * @returns the CSV text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object or name another language
 *
 * @example
 * renderCsv(evaluation).split('\r\n')[0]; // "层级,指标编号,指标,分值,得分,得分率,说明"
 */
export function renderCsv(
  evaluation: Evaluation,
  options: { readonly lang?: Language } = {},
): string {
  requireEvaluation(evaluation);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
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
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
