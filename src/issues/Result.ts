import type { Issue } from './Issue.js';

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
 */
export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wraps one or more issues as a failed result.
 *
 * @param issues - at least one issue
 * @returns `{ ok: false, issues }`
 */
export function failure<T>(issues: Issues): Result<T> {
  return { ok: false, issues };
}

/**
 * The failure for a collected list of issues, or `undefined` when the list is empty.
 *
 * @param issues - the issues collected so far
 * @returns a failure carrying them, or `undefined`
 */
export function failureOf(
  issues: readonly Issue[],
): { readonly ok: false; readonly issues: Issues } | undefined {
  const [first, ...rest] = issues;
  return first === undefined ? undefined : { ok: false, issues: [first, ...rest] };
}
