import { trimZeros } from '../decimal/trimZeros.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { requireEvaluation } from '../evaluation/requireEvaluation.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { displayWidth } from './displayWidth.js';
import { fitText } from './fitText.js';
import { lineText } from './lineText.js';
import { scoreSheetRows } from './scoreSheetRows.js';
import { sheetLabels } from './sheetLabels.js';

const padEnd = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** A column width an untyped caller passed: the default when none, else a whole number ≥ 1. */
function columnWidth(value: unknown, parameter: string): number {
  if (value === undefined) return 40;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw invalidArgument(
    parameter,
    { zh: '不小于 1 的整数（列宽）', en: 'a whole number of columns, at least 1' },
    value,
  );
}

/** The title lines an untyped caller passed: none, or an array of strings. */
function titleLines(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((line) => typeof line === 'string'))
    return value.map((line: string) => line);
  throw invalidArgument('options.title', { zh: '字符串数组', en: 'an array of strings' }, value);
}

/**
 * Renders an evaluation as a terminal table shaped like a report's 评分表: indicator (indented by
 * level), 分值, 得分, 得分率 and 说明, then the total and grade. Every text from the input (names,
 * notes, the title lines, the grade) is one line with its terminal controls shown as escapes
 * (see `lineText`), so no input can forge a row or move the cursor; columns are measured in
 * terminal columns of what is printed (see {@link displayWidth}), and long names and notes are
 * cut between user-perceived characters.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default), `title` lines to print above, `nameWidth` and `noteWidth` in columns (40 each)
 * @returns the table, lines joined with `\n`, ending in a newline
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object, another language, widths that are not whole
 *   numbers ≥ 1, or title lines that are not an array of strings
 *
 * @example
 * renderTable(evaluation).split('\n').at(-2)?.endsWith('100  91.46   91.46%  等级：优'); // true
 */
export function renderTable(
  evaluation: Evaluation,
  options: {
    readonly lang?: Language;
    readonly title?: readonly string[];
    readonly nameWidth?: number;
    readonly noteWidth?: number;
  } = {},
): string {
  requireEvaluation(evaluation);
  const given = requireOptions(options);
  const lang = requireLanguage(given['lang'], 'options.lang');
  const labels = sheetLabels[lang];
  const nameWidth = columnWidth(given['nameWidth'], 'options.nameWidth');
  const noteWidth = columnWidth(given['noteWidth'], 'options.noteWidth');
  const title = titleLines(given['title']);
  const rows = scoreSheetRows(evaluation, { lang, trim: true });
  const names = rows.map((row) =>
    fitText(`${'  '.repeat(row.depth - 1)}${lineText(row.name)}`, nameWidth),
  );
  const nameColumn = Math.max(
    displayWidth(labels.indicator),
    displayWidth(labels.total),
    ...names.map(displayWidth),
  );
  const numberColumn = (values: readonly string[], header: string) =>
    Math.max(displayWidth(header), ...values.map(displayWidth));
  const weightColumn = numberColumn(
    [...rows.map((row) => row.weight), evaluation.fullMarks],
    labels.weight,
  );
  const scoreColumn = numberColumn(
    [...rows.map((row) => row.score), evaluation.total],
    labels.score,
  );
  const rateColumn = numberColumn(
    [...rows.map((row) => row.scoreRate), `${evaluation.scoreRatePercent}%`],
    labels.rate,
  );
  const line = (name: string, weight: string, score: string, rate: string, note: string) =>
    `${padEnd(name, nameColumn)}  ${padStart(weight, weightColumn)}  ${padStart(score, scoreColumn)}  ${padStart(rate, rateColumn)}  ${fitText(note, noteWidth)}`.trimEnd();
  const rule = '─'.repeat(nameColumn + weightColumn + scoreColumn + rateColumn + 8);
  const out = [
    ...(
      title ?? [
        `${localize(evaluation.scheme.title, lang)} (${evaluation.scheme.id}@${evaluation.scheme.version})`,
      ]
    ).map(lineText),
    '',
    line(labels.indicator, labels.weight, labels.score, labels.rate, labels.note),
    rule,
    ...rows.map((row, index) =>
      line(names[index] ?? '', row.weight, row.score, row.scoreRate, lineText(row.note)),
    ),
    rule,
    line(
      labels.total,
      evaluation.fullMarks,
      trimZeros(evaluation.total),
      `${evaluation.scoreRatePercent}%`,
      `${labels.grade}${labels.colon}${lineText(localize(evaluation.grade.name, lang))}`,
    ),
  ];
  return `${out.join('\n')}\n`;
}
