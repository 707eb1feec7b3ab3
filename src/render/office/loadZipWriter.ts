import { loadOptionalDependency } from '../../issues/loadOptionalDependency.js';
import type { Result } from '../../issues/Result.js';

/** The office files jixiao zips: a workbook and a Word file. */
export type ZippedFormat = '.xlsx' | '.docx';

/**
 * Loads fflate for zipping an office file, only when one is written; its absence is a
 * `missing_dependency` issue naming the file's format and `npm install fflate@^0.8.0`.
 *
 * @param format - the file written, named in the issue
 * @param loader - imports fflate (the default), or a stand-in a test or an application passes
 * @returns the module with its `zipSync`, or the issue
 *
 * @example
 * (await loadZipWriter('.xlsx')).ok; // → true when fflate is installed
 */
export function loadZipWriter<T = typeof import('fflate')>(
  format: ZippedFormat,
  loader?: () => Promise<T>,
): Promise<Result<T>> {
  // The default is fflate itself, which has every zipSync a writer's type asks for.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see the line above
  const load = loader ?? ((() => import('fflate')) as unknown as () => Promise<T>);
  return loadOptionalDependency(load, {
    name: 'fflate',
    version: '^0.8.0',
    purpose: { zh: `写 ${format} 文件`, en: `Writing ${format} files` },
    entry: 'zipSync',
  });
}
