import { renderReport } from '../audit/renderReport.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Language } from '../issues/Language.js';
import type { DataFile } from '../json/DataFile.js';
import { renderCsv } from '../render/renderCsv.js';
import { renderMarkdown } from '../render/renderMarkdown.js';
import { reportOptionsOf } from './exports/reportOptionsOf.js';

/** The text formats `score` writes with a renderer of their own, loaded only when asked for. */
export type LazyTextFormat = 'markdown' | 'csv' | 'report';

/**
 * Writes an evaluation as Markdown, CSV or the self-evaluation report: the renderers `jixiao
 * score` loads only for these formats, so that its table and JSON start without them.
 *
 * @param format - the format asked for
 * @param evaluation - the evaluation
 * @param data - the data file it was scored from (the report names its department or project)
 * @param lang - the language of the labels
 * @returns the text
 *
 * @example
 * renderText('csv', evaluation, data, 'zh'); // '层级,指标,…'
 */
export function renderText(
  format: LazyTextFormat,
  evaluation: Evaluation,
  data: DataFile,
  lang: Language,
): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(evaluation, { lang });
    case 'csv':
      return renderCsv(evaluation, { lang });
    case 'report':
      return renderReport(evaluation, reportOptionsOf(evaluation, data, lang));
  }
}
