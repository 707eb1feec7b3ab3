import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import type { Language } from '../issues/Language.js';
import { markdownText } from '../render/markdownText.js';
import type { BatchSummary } from './BatchSummary.js';
import { requireSummary } from './requireSummary.js';
import { summarySections } from './summarySections.js';

/**
 * Renders a batch summary as Markdown: a `##` heading and a table per section, numbers
 * right-aligned, every cell escaped (Markdown and HTML syntax in a name is shown, not run).
 *
 * @param summary - the batch summary
 * @param options - `lang` (`zh` default)
 * @returns the Markdown text
 *
 * @example
 * renderSummaryMarkdown(summary).split('\n')[0]; // → '## 概况'
 */
export function renderSummaryMarkdown(
  summary: BatchSummary,
  options: { readonly lang?: Language } = {},
): string {
  requireSummary(summary);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const blocks = summarySections(summary, lang).map((section) =>
    [
      `## ${markdownText(section.title)}`,
      '',
      row(section.header.map(markdownText)),
      row(section.numeric.map((numeric) => (numeric ? '---:' : '---'))),
      ...section.rows.map((cells) => row(cells.map(markdownText))),
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
