import { writeReportDocx } from '../../audit/writeReportDocx.js';
import { writeSummaryDocx } from '../../batch/writeSummaryDocx.js';
import type { ExportWriter } from './exportWriters.js';
import { reportOptionsOf } from './reportOptionsOf.js';

/**
 * The Word writers: one evaluation as the report's scoring section (`jixiao score -o
 * 自评报告.docx`), a batch's summary as a heading and a table per section (`--summary 汇总.docx`).
 *
 * @example
 * await docxWriter.score(evaluation, data, 'zh'); // → ok: the .docx bytes
 */
export const docxWriter: ExportWriter = {
  score: (evaluation, data, lang) =>
    writeReportDocx(evaluation, reportOptionsOf(evaluation, data, lang)),
  summary: (summary, lang) => writeSummaryDocx(summary, { lang }),
};
