import type { Issues } from './Result.js';
import { formatIssuePath } from './formatIssuePath.js';

/**
 * The one error class the library throws, from its `…OrThrow` conveniences. It carries the same
 * issues the non-throwing function would have returned.
 *
 * @example
 * try {
 *   decimal('abc');
 * } catch (error) {
 *   error instanceof JixiaoError; // → true
 *   (error as JixiaoError).issues[0].code; // → "invalid_number"
 * }
 */
export class JixiaoError extends Error {
  /** Every issue found. */
  readonly issues: Issues;

  /**
   * @param issues - the issues to carry
   */
  constructor(issues: Issues) {
    super(
      issues
        .map((found) => `${formatIssuePath(found.path)}: ${found.message.en} (${found.code})`)
        .join('\n'),
    );
    this.name = 'JixiaoError';
    this.issues = issues;
  }
}
