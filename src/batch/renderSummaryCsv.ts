import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import type { Language } from '../issues/Language.js';
import { csvField } from '../render/csvField.js';
import type { BatchSummary } from './BatchSummary.js';
import { requireSummary } from './requireSummary.js';
import { summarySections } from './summarySections.js';

/**
 * Renders a batch summary as CSV (RFC 4180, CRLF line ends) for spreadsheets: each section a
 * title row, a header row and its rows, sections parted by an empty row; every field written
 * with the formula-injection guard of `renderCsv` (docs/security.md).
 *
 * @param summary - the batch summary
 * @param options - `lang` (`zh` default)
 * @returns the CSV text
 *
 * @example
 * renderSummaryCsv(summary).split('\r\n')[0]; // → '概况'
 */
export function renderSummaryCsv(
  summary: BatchSummary,
  options: { readonly lang?: Language } = {},
): string {
  requireSummary(summary);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const line = (cells: readonly string[]): string => cells.map(csvField).join(',');
  const blocks = summarySections(summary, lang).map((section) =>
    [line([section.title]), line(section.header), ...section.rows.map(line)].join('\r\n'),
  );
  return `${blocks.join('\r\n\r\n')}\r\n`;
}
