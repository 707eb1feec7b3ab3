import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import type { Language } from '../issues/Language.js';
import { displayWidth } from '../render/displayWidth.js';
import { lineText } from '../render/lineText.js';
import type { BatchSummary } from './BatchSummary.js';
import { requireSummary } from './requireSummary.js';
import { summarySections } from './summarySections.js';

const pad = (text: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/**
 * Renders a batch summary for a terminal: each section under its title, columns aligned by
 * display width (a Chinese character is two columns), numbers right-aligned; every name and
 * message on one line with its controls shown as escapes.
 *
 * @param summary - the batch summary
 * @param options - `lang` (`zh` default)
 * @returns the text, ending with a newline
 *
 * @example
 * renderSummaryTable(summary).split('\n')[0]; // → '概况'
 */
export function renderSummaryTable(
  summary: BatchSummary,
  options: { readonly lang?: Language } = {},
): string {
  requireSummary(summary);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const blocks = summarySections(summary, lang).map((section) => {
    const rows = section.rows.map((row) => row.map((cell) => lineText(cell)));
    // A loop, not Math.max(...rows): a ranking of a million rows is no argument list.
    const widths = section.header.map((title) => displayWidth(title));
    for (const row of rows)
      row.forEach((cell, column) => {
        widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
      });
    const line = (cells: readonly string[]): string =>
      cells
        .map((cell, column) => pad(cell, widths[column] ?? 0, section.numeric[column] === true))
        .join('  ')
        .trimEnd();
    return [
      section.title,
      line(section.header),
      widths.map((width) => '─'.repeat(width)).join('  '),
      ...rows.map(line),
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
