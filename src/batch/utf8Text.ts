import { createIssue } from '../issues/createIssue.js';
import { failure, success, type Result } from '../issues/Result.js';
import { visibleText } from '../issues/visibleText.js';

/**
 * A batch document's bytes as UTF-8 text (a leading byte-order mark removed), or an
 * `invalid_encoding` issue naming it.
 *
 * @param bytes - the document's bytes
 * @param name - its name, for the issue
 * @param report - whether the bytes could also have been a Word, Excel or PDF file (a report)
 * @returns the text, or the issue
 *
 * @example
 * utf8Text(new TextEncoder().encode('{}'), 'a.json', false); // → ok, '{}'
 * @internal
 */
export function utf8Text(bytes: Uint8Array, name: string, report: boolean): Result<string> {
  try {
    return success(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return failure([
      createIssue(
        'invalid_encoding',
        [],
        report
          ? {
              zh: `${visibleText(name)} 不是 UTF-8 文本，也不是 Word、Excel 或 PDF 文件`,
              en: `${visibleText(name)} is neither UTF-8 text nor a Word, Excel or PDF file`,
            }
          : {
              zh: `${visibleText(name)} 不是 UTF-8 文本`,
              en: `${visibleText(name)} is not UTF-8 text`,
            },
      ),
    ]);
  }
}
