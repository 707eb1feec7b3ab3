import { createIssue } from './createIssue.js';
import type { Issue, IssuePath } from './Issue.js';

/**
 * The same issue at another path: its code, message, expected and received kept, frozen anew (as
 * an issue found inside a part is reported at that part's place in the whole).
 *
 * @param found - the issue
 * @param path - where it is now
 * @returns the issue at `path`
 *
 * @example
 * issueAt(found, ['scheme', ...found.path]);
 *
 * @internal
 */
export function issueAt(found: Issue, path: IssuePath): Issue {
  return createIssue(found.code, path, found.message, {
    ...(found.expected === undefined ? {} : { expected: found.expected }),
    ...(found.received === undefined ? {} : { received: found.received }),
  });
}
