import { trimZeros } from '../decimal/trimZeros.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { displayWidth } from './displayWidth.js';
import { scoreSheetRows } from './scoreSheetRows.js';
import { sheetLabels } from './sheetLabels.js';

function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

const padEnd = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/**
 * Renders an evaluation as a terminal table shaped like a report's 评分表: indicator (indented by
 * level), 分值, 得分, 得分率 and 说明, then the total and grade.
 *
 * @param evaluation - the evaluation
 * @param options - `lang` (`zh` default), `title` lines to print above, `nameWidth` and `noteWidth` in columns
 * @returns the table, lines joined with `\n`, ending in a newline
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
  const lang = options.lang ?? 'zh';
  const labels = sheetLabels[lang];
  const nameWidth = options.nameWidth ?? 40;
  const noteWidth = options.noteWidth ?? 40;
  const rows = scoreSheetRows(evaluation, { lang, trim: true });
  const names = rows.map((row) => fit(`${'  '.repeat(row.depth - 1)}${row.name}`, nameWidth));
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
    `${padEnd(name, nameColumn)}  ${padStart(weight, weightColumn)}  ${padStart(score, scoreColumn)}  ${padStart(rate, rateColumn)}  ${fit(note, noteWidth)}`.trimEnd();
  const rule = '─'.repeat(nameColumn + weightColumn + scoreColumn + rateColumn + 8);
  const out = [
    ...(options.title ?? [
      `${localize(evaluation.scheme.title, lang)} (${evaluation.scheme.id}@${evaluation.scheme.version})`,
    ]),
    '',
    line(labels.indicator, labels.weight, labels.score, labels.rate, labels.note),
    rule,
    ...rows.map((row, index) =>
      line(names[index] ?? row.name, row.weight, row.score, row.scoreRate, row.note),
    ),
    rule,
    line(
      labels.total,
      evaluation.fullMarks,
      trimZeros(evaluation.total),
      `${evaluation.scoreRatePercent}%`,
      `${labels.grade}${labels.colon}${localize(evaluation.grade.name, lang)}`,
    ),
  ];
  return `${out.join('\n')}\n`;
}
