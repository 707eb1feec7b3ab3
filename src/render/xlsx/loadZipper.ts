import { loadOptionalDependency } from '../../issues/loadOptionalDependency.js';
import type { Result } from '../../issues/Result.js';
import type { WorkbookZipper } from './writeWorkbook.js';

/**
 * Loads fflate for writing a workbook, its absence a `missing_dependency` issue.
 *
 * @param loader - imports fflate (the default), or a stand-in
 * @returns fflate, or the issue
 *
 * @example
 * (await loadZipper()).ok; // → true when fflate is installed
 */
export function loadZipper(
  loader: () => Promise<WorkbookZipper> = () => import('fflate'),
): Promise<Result<WorkbookZipper>> {
  return loadOptionalDependency(loader, {
    name: 'fflate',
    version: '^0.8.0',
    purpose: { zh: '写 .xlsx 文件', en: 'Writing .xlsx files' },
    entry: 'zipSync',
  });
}
