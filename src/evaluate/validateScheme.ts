import type { Issue } from '../issues/Issue.js';
import type { Scheme } from '../scheme/Scheme.js';
import { defaultEngine } from './defaultEngine.js';

/**
 * Checks a scheme built from the built-in rule kinds and returns every problem at once.
 *
 * @param scheme - the scheme
 * @returns the issues, each with a path; empty when the scheme is valid
 *
 * @example
 * validateScheme(scheme);
 * // → [] or [{ code: 'weights_do_not_sum', path: ['indicators', 0, 'weight'], … }]
 */
export function validateScheme(scheme: Scheme): readonly Issue[] {
  return defaultEngine.validateScheme(scheme);
}
