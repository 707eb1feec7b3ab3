import type { BatchSummary } from '../../batch/BatchSummary.js';
import type { Evaluation } from '../../evaluation/Evaluation.js';
import type { Language } from '../../issues/Language.js';
import type { Result } from '../../issues/Result.js';
import type { DataFile } from '../../json/DataFile.js';
import { docxWriter } from './docxWriter.js';
import type { ExportFormat } from './exportFormats.js';
import { htmlWriter } from './htmlWriter.js';
import { xlsxWriter } from './xlsxWriter.js';

/** A format's two writers: text (a page) or bytes (a workbook, a Word file). */
export interface ExportWriter {
  /** One evaluation, with the data file it was scored from (its department, project, year). */
  readonly score: (
    evaluation: Evaluation,
    data: DataFile,
    lang: Language,
  ) => Promise<Result<string | Uint8Array>>;
  /** A batch's summary. */
  readonly summary: (summary: BatchSummary, lang: Language) => Promise<Result<string | Uint8Array>>;
}

/** Each export format's writers; this module is imported only when one is asked for. */
export const exportWriters: ReadonlyMap<ExportFormat, ExportWriter> = new Map<
  ExportFormat,
  ExportWriter
>([
  ['xlsx', xlsxWriter],
  ['docx', docxWriter],
  ['html', htmlWriter],
]);

/**
 * An export format's writers.
 *
 * @param format - one of the export formats
 * @returns its writers
 *
 * @example
 * await exportWriter('xlsx').score(evaluation, data, 'zh'); // → ok: the workbook's bytes
 */
export function exportWriter(format: ExportFormat): ExportWriter {
  const writer = exportWriters.get(format);
  if (writer === undefined) throw new Error(`no writer for the export format ${format}`);
  return writer;
}
