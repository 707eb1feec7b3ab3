import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { csvField } from '../render/csvField.js';
import { changedText } from './changedText.js';
import { comparisonLabels } from './comparisonLabels.js';
import { comparisonRows } from './comparisonRows.js';
import type { ComparedIndicator, EvaluationComparison } from './EvaluationComparison.js';
import { requireComparison } from './requireComparison.js';

/**
 * Renders a comparison as CSV (RFC 4180, CRLF line ends) for spreadsheets: one row per
 * indicator with its level, status, how it was matched, both sides' id, name, 分值, 得分, 得分率
 * (a number of percent) and rule kind, the changes, and the note; then the totals, whose note
 * holds both grades. Values are written as spreadsheets read numbers: changes unsigned
 * (`1.00`, `-0.46`), rates without a percent sign, so every number column sums and sorts. Every
 * field is written against formula injection by `csvField` (a plain negative decimal stays a
 * number).
 *
 * @param comparison - what `compareEvaluations` returned
 * @param options - `lang` (`zh` default) for the header, the status words and the names
 * @returns the CSV text
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   comparison, or options that are not an object or name another language
 *
 * @example
 * renderComparisonCsv(comparison).split('\r\n')[0]?.split(',').slice(0, 3); // ["层级", "状态", "匹配方式"]
 */
export function renderComparisonCsv(
  comparison: EvaluationComparison,
  options: { readonly lang?: Language } = {},
): string {
  requireComparison(comparison);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const labels = comparisonLabels[lang];
  const { csv } = labels;
  const rows = comparisonRows(comparison, lang);
  const sideFields = (side: ComparedIndicator | null) => ({
    id: side?.id ?? '',
    name: side === null ? '' : localize(side.name, lang),
    weight: side?.weight ?? '',
    score: side?.score ?? '',
    rate: side?.scoreRatePercent ?? '',
    rule: side?.ruleKind ?? '',
  });
  const lines: (readonly string[])[] = [
    [
      csv.level,
      csv.status,
      csv.matchedBy,
      csv.idBefore,
      csv.idAfter,
      csv.indicatorBefore,
      csv.indicatorAfter,
      csv.weightBefore,
      csv.weightAfter,
      csv.weightChange,
      csv.scoreBefore,
      csv.scoreAfter,
      csv.scoreChange,
      csv.rateBefore,
      csv.rateAfter,
      csv.rateChange,
      csv.ruleBefore,
      csv.ruleAfter,
      csv.note,
    ],
    ...comparison.indicators.map((row, index) => {
      const before = sideFields(row.before);
      const after = sideFields(row.after);
      return [
        String(row.depth),
        labels.status[row.status],
        row.matchedBy === null ? '' : labels.matchedBy[row.matchedBy],
        before.id,
        after.id,
        before.name,
        after.name,
        before.weight,
        after.weight,
        row.weightChange ?? '',
        before.score,
        after.score,
        row.scoreChange ?? '',
        before.rate,
        after.rate,
        row.scoreRateChange ?? '',
        before.rule,
        after.rule,
        rows[index]?.note ?? '',
      ];
    }),
  ];
  const { before, after } = comparison;
  lines.push([
    '0',
    '',
    '',
    '',
    '',
    labels.total,
    labels.total,
    before.fullMarks,
    after.fullMarks,
    comparison.fullMarksChange,
    before.total,
    after.total,
    comparison.totalChange,
    before.scoreRatePercent,
    after.scoreRatePercent,
    comparison.scoreRateChange,
    '',
    '',
    `${labels.grade}${labels.colon}${changedText(localize(before.grade.name, lang), localize(after.grade.name, lang))}`,
  ]);
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
