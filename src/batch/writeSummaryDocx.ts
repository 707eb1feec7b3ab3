import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import type { Language } from '../issues/Language.js';
import type { Result } from '../issues/Result.js';
import type { DocxBlock } from '../render/docx/DocxBlock.js';
import type { DocxZipLoader } from '../render/docx/index.js';
import { loadZipWriter } from '../render/office/loadZipWriter.js';
import { writeDocx } from '../render/docx/writeDocx.js';
import type { BatchSummary } from './BatchSummary.js';
import { requireSummary } from './requireSummary.js';
import { summarySections } from './summarySections.js';

/**
 * Writes a batch summary as a Word file (.docx): for each section the table, Markdown and CSV
 * forms write (overview, grades, ranking, 一级 categories, failures, flagged audits), a heading
 * and a real table with a bold header row repeated on every page, numbers set flush right.
 * fflate is loaded only now; without it the result is `missing_dependency`.
 *
 * @param summary - the batch summary
 * @param options - `lang` (`zh` default), and how fflate is loaded
 * @returns the file's bytes (the same for the same summary), or the issue
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   summary, or another language
 *
 * @example
 * const docx = await writeSummaryDocx(summary);
 * if (docx.ok) writeFileSync('汇总.docx', docx.value);
 */
export async function writeSummaryDocx(
  summary: BatchSummary,
  options: { readonly lang?: Language; readonly loadZip?: DocxZipLoader } = {},
): Promise<Result<Uint8Array>> {
  requireSummary(summary);
  const given = requireOptions(options);
  const lang = requireLanguage(given['lang'], 'options.lang');
  const blocks = summarySections(summary, lang).flatMap((section): DocxBlock[] => [
    { kind: 'heading', level: 1, runs: [{ text: section.title }] },
    {
      kind: 'table',
      header: section.header.map((text) => ({ runs: [{ text }] })),
      rows: section.rows.map((cells) => cells.map((text) => ({ runs: [{ text }] }))),
      numeric: section.numeric,
    },
  ]);
  const zip = await loadZipWriter('.docx', options.loadZip);
  if (!zip.ok) return zip;
  return { ok: true, value: writeDocx(blocks, zip.value) };
}
