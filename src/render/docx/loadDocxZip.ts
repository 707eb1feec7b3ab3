import { loadOptionalDependency } from '../../issues/loadOptionalDependency.js';
import type { Result } from '../../issues/Result.js';
import type { DocxZip } from './writeDocx.js';

/**
 * How fflate is imported for writing a Word file: the installed package by default.
 *
 * @example
 * const loader: DocxZipLoader = () => import('fflate');
 */
export type DocxZipLoader = () => Promise<DocxZip>;

/**
 * Loads fflate for {@link writeDocx}, only when a Word file is written; its absence is a
 * `missing_dependency` issue naming `npm install fflate@^0.8.0`.
 *
 * @param loader - imports fflate (a test or an application may pass its own)
 * @returns fflate's `zipSync`, or the issue
 *
 * @example
 * const zip = await loadDocxZip();
 * zip.ok; // → true when fflate is installed
 */
export function loadDocxZip(
  loader: DocxZipLoader = () => import('fflate'),
): Promise<Result<DocxZip>> {
  return loadOptionalDependency(loader, {
    name: 'fflate',
    version: '^0.8.0',
    purpose: { zh: '写 .docx 文件', en: 'Writing .docx files' },
    entry: 'zipSync',
  });
}
