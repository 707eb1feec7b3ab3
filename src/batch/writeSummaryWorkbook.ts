import type { Language } from '../issues/Language.js';
import type { Result } from '../issues/Result.js';
import { loadZipWriter } from '../render/office/loadZipWriter.js';
import { writeWorkbook, type WorkbookZipper } from '../render/xlsx/writeWorkbook.js';
import type { BatchSummary } from './BatchSummary.js';
import { summaryWorkbook } from './summaryWorkbook.js';

/**
 * Writes a batch summary as an Excel workbook (.xlsx), one sheet per section (see
 * {@link summaryWorkbook}); loads the optional peer fflate to zip it. The same summary always
 * gives the same bytes.
 *
 * @param summary - the batch summary
 * @param options - `lang` (`zh` default), and a stand-in `loader` for fflate
 * @returns the .xlsx bytes, or `missing_dependency` without fflate
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   summary
 *
 * @example
 * const bytes = await writeSummaryWorkbook(summary, { lang: 'zh' });
 * if (bytes.ok) writeFileSync('汇总.xlsx', bytes.value);
 */
export async function writeSummaryWorkbook(
  summary: BatchSummary,
  options: { readonly lang?: Language; readonly loader?: () => Promise<WorkbookZipper> } = {},
): Promise<Result<Uint8Array>> {
  const model = summaryWorkbook(summary, options.lang);
  const fflate = await loadZipWriter('.xlsx', options.loader);
  if (!fflate.ok) return fflate;
  return { ok: true, value: writeWorkbook(model, fflate.value) };
}
