import { createIssue } from '../issues/createIssue.js';
import { failure, success, type Result } from '../issues/Result.js';
import { locateJsonError } from './locateJsonError.js';

/**
 * Parses JSON text, reporting a syntax error as an issue with its line and column.
 *
 * @param text - the file's text
 * @returns the parsed value, or one `invalid_json` issue
 *
 * @example
 * parseJsonText('{"a": }'); // → issue: invalid_json at line 1, column 7
 */
export function parseJsonText(text: string): Result<unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return success(parsed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = locateJsonError(text);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return failure([
      createIssue(
        'invalid_json',
        [],
        {
          zh: `JSON 格式错误（第 ${line} 行第 ${column} 列）：${detail}`,
          en: `Invalid JSON at line ${line}, column ${column}: ${detail}`,
        },
        { received: `line ${line}, column ${column}` },
      ),
    ]);
  }
}
