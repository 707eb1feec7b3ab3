import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { Language } from '../issues/Language.js';
import { localize } from '../issues/LocalizedText.js';
import { displayWidth } from '../render/displayWidth.js';
import { fitText } from '../render/fitText.js';
import { lineText } from '../render/lineText.js';
import { changedText } from './changedText.js';
import { comparisonLabels } from './comparisonLabels.js';
import { comparisonRows } from './comparisonRows.js';
import { comparisonTitle } from './comparisonTitle.js';
import type { EvaluationComparison } from './EvaluationComparison.js';
import { requireComparison } from './requireComparison.js';
import { signedChange } from './signedChange.js';

/** Columns a name or a note may take before it is cut. */
const nameWidth = 40;
const noteWidth = 48;

const padEnd = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** The title lines an untyped caller passed: none, or an array of strings. */
function titleLines(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((line) => typeof line === 'string'))
    return value.map((line: string) => line);
  throw invalidArgument('options.title', { zh: '字符串数组', en: 'an array of strings' }, value);
}

/**
 * Renders a comparison as a terminal table: each indicator (indented by level) with its 分值
 * (`3 → 4` when it changed), both years' 得分, the signed change of 得分 and of 得分率 (in
 * percentage points; `+0.50`, `-1.20`), and a note saying what happened to it (新增, 删除,
 * 移动：原在 …, a rename, a rule change); then the totals with both grades and the count of
 * leaves by status. Every text from the input is one line with its terminal controls shown as
 * escapes (see `lineText`); columns are measured in terminal columns, and long names and notes
 * are cut between user-perceived characters.
 *
 * @param comparison - what `compareEvaluations` returned
 * @param options - `lang` (`zh` default); `title` lines to print above instead of the two
 *   schemes
 * @returns the table, lines joined with `\n`, ending in a newline
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   comparison, options that are not an object, another language, or title lines that are not
 *   an array of strings
 *
 * @example
 * renderComparisonTable(comparison).split('\n').at(-2);
 * // "末级指标：相同 28，变化 6，新增 1，删除 1，移动 1"
 */
export function renderComparisonTable(
  comparison: EvaluationComparison,
  options: { readonly lang?: Language; readonly title?: readonly string[] } = {},
): string {
  requireComparison(comparison);
  const given = requireOptions(options);
  const lang = requireLanguage(given['lang'], 'options.lang');
  const title = titleLines(given['title']) ?? comparisonTitle(comparison, lang);
  const labels = comparisonLabels[lang];
  const rows = comparisonRows(comparison, lang);
  const { before, after } = comparison;
  const total = {
    name: labels.total,
    weight: changedText(before.fullMarks, after.fullMarks),
    scoreBefore: before.total,
    scoreAfter: after.total,
    scoreChange: signedChange(comparison.totalChange),
    rateChange: signedChange(comparison.scoreRateChange),
    note: `${labels.grade}${labels.colon}${changedText(
      localize(before.grade.name, lang),
      localize(after.grade.name, lang),
    )}`,
  };
  const header = {
    name: labels.indicator,
    weight: labels.weight,
    scoreBefore: labels.scoreBefore,
    scoreAfter: labels.scoreAfter,
    scoreChange: labels.change,
    rateChange: labels.rateChange,
    note: labels.note,
  };
  const body = rows.map((row) => ({
    ...row,
    name: fitText(`${'  '.repeat(row.depth - 1)}${lineText(row.name)}`, nameWidth),
    note: lineText(row.note),
  }));
  const all = [header, ...body, total];
  const width = (column: keyof typeof header): number =>
    Math.max(...all.map((line) => displayWidth(line[column])));
  const columns = {
    name: width('name'),
    weight: width('weight'),
    scoreBefore: width('scoreBefore'),
    scoreAfter: width('scoreAfter'),
    scoreChange: width('scoreChange'),
    rateChange: width('rateChange'),
  };
  const line = (cells: typeof header): string =>
    [
      padEnd(cells.name, columns.name),
      padStart(cells.weight, columns.weight),
      padStart(cells.scoreBefore, columns.scoreBefore),
      padStart(cells.scoreAfter, columns.scoreAfter),
      padStart(cells.scoreChange, columns.scoreChange),
      padStart(cells.rateChange, columns.rateChange),
      fitText(cells.note, noteWidth),
    ]
      .join('  ')
      .trimEnd();
  const rule = '─'.repeat(
    Object.values(columns).reduce((sum, each) => sum + each, 0) +
      2 * (Object.keys(columns).length - 1),
  );
  const out = [
    ...title.map(lineText),
    '',
    line(header),
    rule,
    ...body.map(line),
    rule,
    line(total),
    lineText(labels.leafCounts(comparison.leafCounts)),
  ];
  return `${out.join('\n')}\n`;
}
