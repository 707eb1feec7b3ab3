import type { BilingualMessage, Issue, IssuePath } from './Issue.js';

/**
 * Builds an issue. Codes are snake_case and stable; messages are written for the person who
 * supplied the input, in both languages.
 *
 * @param code - stable snake_case identifier, e.g. `"weights_do_not_sum"`
 * @param path - where in the input the problem is
 * @param message - the zh and en texts
 * @param details - optional `expected` / `received` values, as strings
 * @returns a frozen issue
 *
 * @example
 * createIssue('zero_target', ['inputs', 'budget', 'target'], { zh: '目标值为 0', en: 'The target is 0' });
 */
export function createIssue(
  code: string,
  path: IssuePath,
  message: BilingualMessage,
  details: { readonly expected?: string; readonly received?: string } = {},
): Issue {
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    message: Object.freeze({ zh: message.zh, en: message.en }),
    ...(details.expected === undefined ? {} : { expected: details.expected }),
    ...(details.received === undefined ? {} : { received: details.received }),
  });
}
