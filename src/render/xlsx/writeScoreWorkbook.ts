import type { Evaluation } from '../../evaluation/Evaluation.js';
import type { Result } from '../../issues/Result.js';
import { loadZipWriter } from '../office/loadZipWriter.js';
import { scoreWorkbook, type ScoreWorkbookOptions } from './scoreWorkbook.js';
import { writeWorkbook, type WorkbookZipper } from './writeWorkbook.js';

/**
 * Writes one evaluation's score sheet (评分表) as an Excel workbook (.xlsx) with live formulas,
 * laid out by {@link scoreWorkbook}; loads the optional peer fflate to zip it. The same
 * evaluation and options always give the same bytes.
 *
 * @param evaluation - the evaluation
 * @param options - as {@link scoreWorkbook} takes them, and a stand-in `loader` for fflate
 * @returns the .xlsx bytes, or `missing_dependency` without fflate, or the options' issues
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation
 *
 * @example
 * const bytes = await writeScoreWorkbook(evaluation, { lang: 'zh' });
 * if (bytes.ok) writeFileSync('评分表.xlsx', bytes.value);
 */
export async function writeScoreWorkbook(
  evaluation: Evaluation,
  options: ScoreWorkbookOptions & { readonly loader?: () => Promise<WorkbookZipper> } = {},
): Promise<Result<Uint8Array>> {
  const model = scoreWorkbook(evaluation, options);
  if (!model.ok) return model;
  const fflate = await loadZipWriter('.xlsx', options.loader);
  if (!fflate.ok) return fflate;
  return { ok: true, value: writeWorkbook(model.value, fflate.value) };
}
