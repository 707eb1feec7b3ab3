import type { IssuePath } from './Issue.js';
import { invalidArgument } from './invalidArgument.js';
import { visibleText } from './visibleText.js';

/** A key written bare: ASCII letters, digits, `_` and `-`, and Chinese characters. */
const bareKey = /^[A-Za-z0-9_\-\p{Script=Han}]+$/u;

/** A key as the path shows it: bare when it cannot be misread, else quoted in brackets. */
function keySegment(key: string, first: boolean): string {
  if (bareKey.test(key)) return first ? key : `.${key}`;
  // JSON quoting escapes quotes, backslashes and controls; visibleText shows what is still unseen.
  return `[${visibleText(JSON.stringify(key))}]`;
}

/**
 * Renders an issue's path the way people read it: `indicators[1].children[0].weight`. A key that
 * is not made of ASCII letters, digits, `_`, `-` and Chinese characters (one with a dot, a slash,
 * a space, a bracket or an invisible character, or an empty one) is quoted, so that no two paths
 * read alike: `inputs["a.b/c"]` is not `inputs.a.b/c`.
 *
 * @param path - the issue path
 * @returns the dotted form, or `(root)` for an empty path
 * @throws JixiaoError (`invalid_argument`) when untyped code passes something other than a path
 *
 * @example
 * formatIssuePath(['indicators', 1, 'children', 0, 'weight']); // → 'indicators[1].children[0].weight'
 * formatIssuePath(['inputs', 'a.b/c', 'actual']); // → 'inputs["a.b/c"].actual'
 */
export function formatIssuePath(path: IssuePath): string {
  const segments: unknown = path;
  const usable =
    Array.isArray(segments) &&
    segments.every((segment) => typeof segment === 'string' || typeof segment === 'number');
  if (!usable) {
    throw invalidArgument(
      'path',
      { zh: '由字符串和数字组成的数组', en: 'an array of strings and numbers' },
      path,
    );
  }
  if (path.length === 0) return '(root)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${String(segment)}]` : keySegment(segment, index === 0),
    )
    .join('');
}
