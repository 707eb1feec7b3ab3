import { writeSummaryWorkbook } from '../../batch/writeSummaryWorkbook.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { DataFile } from '../../json/DataFile.js';
import type { ScoreWorkbookOptions } from '../../render/xlsx/scoreWorkbook.js';
import { writeScoreWorkbook } from '../../render/xlsx/writeScoreWorkbook.js';
import type { ExportWriter } from './exportWriters.js';

/** Whom the data file is about, on one line: the department and year, or the project. */
function subjectOf(data: DataFile): string | undefined {
  const { department, project } = data;
  const year = data.selection?.year ?? department?.year;
  const parts = [
    department?.name,
    project?.name,
    project?.department,
    year === undefined ? undefined : String(year),
  ].filter((part): part is string => part !== undefined && part !== '');
  return parts.length === 0 ? undefined : parts.join(' · ');
}

/** The score sheet's options from the data file: its budget amounts, grade bands and subject. */
function workbookOptions(data: DataFile): ScoreWorkbookOptions {
  const { budget } = data;
  const subject = subjectOf(data);
  return {
    grades: data.scheme.grades.map((band) => ({ grade: band.grade, min: band.min })),
    ...(subject === undefined ? {} : { subject }),
    ...(budget === undefined
      ? {}
      : {
          budget: {
            fullYear: formatDecimal(budget.fullYear),
            executed: formatDecimal(budget.executed),
            ...(budget.initial === undefined ? {} : { initial: formatDecimal(budget.initial) }),
            ...(budget.unit === undefined ? {} : { unit: budget.unit }),
          },
        }),
  };
}

/**
 * The `xlsx` format's writers: an evaluation's score sheet with live formulas (its budget block
 * and grade bands from the data file) and a batch summary with one sheet per section.
 *
 * @example
 * await xlsxWriter.score(evaluation, data, 'zh'); // → ok: the workbook's bytes
 */
export const xlsxWriter: ExportWriter = {
  score: (evaluation, data, lang) =>
    writeScoreWorkbook(evaluation, { ...workbookOptions(data), lang }),
  summary: (summary, lang) => writeSummaryWorkbook(summary, { lang }),
};
