import type { Issue } from './Issue.js';
import { invalidArgument } from './invalidArgument.js';
import { isRecord } from './isRecord.js';

/** A non-empty, read-only list of issues: a failed result always says at least one thing. */
export type Issues = readonly [Issue, ...Issue[]];

/**
 * The outcome of anything that can fail on bad input: the value, or every issue found.
 *
 * @example
 * const parsed = parseDecimal('23,135.18');
 * if (parsed.ok) console.log(parsed.value.toString()); // "23135.18"
 */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: Issues };

/**
 * Wraps a value as a successful result.
 *
 * @param value - the value
 * @returns `{ ok: true, value }`
 *
 * @example
 * success(9.96); // → { ok: true, value: 9.96 }
 */
export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

const isIssue = (value: unknown): boolean =>
  isRecord(value) && typeof value['code'] === 'string' && Array.isArray(value['path']);

/**
 * Throws `invalid_argument` when untyped code passes something other than a list of issues
 * (non-empty unless `emptyAllowed`): a failure always says, with a code, what is wrong.
 */
function checkIssues(issues: unknown, emptyAllowed: boolean): void {
  const list: readonly unknown[] | undefined = Array.isArray(issues) ? issues : undefined;
  if (list !== undefined && (emptyAllowed || list.length > 0) && list.every(isIssue)) return;
  throw invalidArgument(
    'issues',
    emptyAllowed
      ? { zh: '问题（issue）的数组', en: 'an array of issues' }
      : { zh: '至少含一个问题（issue）的数组', en: 'an array of at least one issue' },
    issues,
  );
}

/**
 * Wraps one or more issues as a failed result.
 *
 * @param issues - at least one issue
 * @returns `{ ok: false, issues }`, frozen with a frozen copy of the list, so that no one who
 *   receives it can add, drop or replace an issue
 * @throws JixiaoError (`invalid_argument`) when untyped code passes no issue or something else
 *
 * @example
 * failure(issues).ok; // → false
 */
export function failure<T>(issues: Issues): Result<T> {
  checkIssues(issues, false);
  const [first, ...rest] = issues;
  return Object.freeze({ ok: false, issues: Object.freeze<Issues>([first, ...rest]) });
}

/**
 * The failure for a collected list of issues, or `undefined` when the list is empty.
 *
 * @param issues - the issues collected so far
 * @returns a failure carrying them (frozen, with a frozen copy of the list), or `undefined`
 *
 * @example
 * failureOf([]); // → undefined
 * failureOf(issues)?.ok; // → false
 */
export function failureOf(
  issues: readonly Issue[],
): { readonly ok: false; readonly issues: Issues } | undefined {
  checkIssues(issues, true);
  // Almost every list is empty: it is answered before anything is copied.
  if (issues.length === 0) return undefined;
  const [first, ...rest] = issues;
  if (first === undefined) return undefined;
  return Object.freeze({ ok: false, issues: Object.freeze<Issues>([first, ...rest]) });
}
