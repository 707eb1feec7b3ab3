import { renderSummaryHtml } from '../../batch/renderSummaryHtml.js';
import { success } from '../../issues/Result.js';
import type { DataFile } from '../../json/DataFile.js';
import { renderHtmlReport } from '../../render/html/renderHtmlReport.js';
import type { Language } from '../../issues/Language.js';
import { messages } from '../messages.js';
import type { ExportWriter } from './exportWriters.js';

/** Whom the data file is about, as the table's title lines say it: the department, the project. */
function subjectOf(data: DataFile, lang: Language): readonly string[] {
  const { department, project } = data;
  return [
    ...(department === undefined
      ? []
      : [messages[lang].department(department.name, department.year)]),
    ...(project === undefined
      ? []
      : [[project.name, project.department].filter((part) => part !== undefined).join(' · ')]),
  ];
}

/**
 * The `html` format's writers: one self-contained page for an evaluation (with whom its data file
 * is about) and one for a batch's summary. A page is text, so it may go to standard output.
 *
 * @example
 * await htmlWriter.score(evaluation, data, 'zh'); // → ok: '<!DOCTYPE html>…'
 */
export const htmlWriter: ExportWriter = {
  score: (evaluation, data, lang) =>
    Promise.resolve(
      success(renderHtmlReport(evaluation, { lang, subject: subjectOf(data, lang) })),
    ),
  summary: (summary, lang) => Promise.resolve(success(renderSummaryHtml(summary, { lang }))),
};
