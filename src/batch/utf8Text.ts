import { createIssue } from '../issues/createIssue.js';
import { failure, success, type Result } from '../issues/Result.js';
import { visibleText } from '../issues/visibleText.js';

/**
 * A batch document's bytes as UTF-8 text (a leading byte-order mark removed), or an
 * `invalid_encoding` issue naming it.
 *
 * @param bytes - the document's bytes
 * @param name - its name, for the issue
 * @param what - what else the bytes could have been, for the issue (`''` when nothing else)
 * @returns the text, or the issue
 *
 * @example
 * utf8Text(new TextEncoder().encode('{}'), 'a.json', { zh: '', en: '' }); // → ok, '{}'
 * @internal
 */
export function utf8Text(
  bytes: Uint8Array,
  name: string,
  what: { readonly zh: string; readonly en: string },
): Result<string> {
  try {
    return success(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return failure([
      createIssue('invalid_encoding', [], {
        zh: `${visibleText(name)} 不是 UTF-8 文本${what.zh}`,
        en: `${visibleText(name)} is not UTF-8 text${what.en}`,
      }),
    ]);
  }
}
