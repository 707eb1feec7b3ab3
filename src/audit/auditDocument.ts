import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { failure, type Result } from '../issues/Result.js';
import type { DocumentSource } from '../tables/DocumentSource.js';
import { auditText, type AuditTextOptions, type TextAudit } from './auditText.js';

/**
 * Audits a report read from a Word, Excel or PDF file (`readDocument`): its prose as the
 * narrative and its tables as score tables, exactly as {@link auditText} audits a text; every
 * check on a table cell says where the cell stands (`Sheet1!G9`, table 1 row 9 column 7, page 1
 * line 14).
 *
 * @param document - the file as `readDocument` read it
 * @param options - the scheme, a recomputation, the scheme's period (as for auditText)
 * @returns the audit, or `invalid_argument` issues for a document of the wrong shape
 *
 * @example
 * const read = await readDocument(readFileSync('自评表.xlsx'));
 * if (read.ok) auditDocument(read.value).ok; // → true
 */
export function auditDocument(
  document: DocumentSource,
  options: Omit<AuditTextOptions, 'tables' | 'claims'> = {},
): Result<TextAudit> {
  const given: unknown = document;
  if (!isRecord(given) || typeof given['text'] !== 'string' || !Array.isArray(given['grids']))
    return failure(
      invalidArgument(
        'document',
        {
          zh: '读入的文件（readDocument 的结果：text 与 grids）',
          en: 'a document as readDocument reads it (text and grids)',
        },
        given,
      ).issues,
    );
  return auditText(document.text, { ...options, tables: document.grids });
}
