import type { BilingualMessage } from '../issues/Issue.js';

/**
 * Something a reviewer should know about a score that is not an error: an over-achievement to
 * review (超额完成), a judgement that lowered the score, a deduction applied.
 */
export interface Finding {
  readonly code: string;
  readonly severity: 'info' | 'review';
  readonly message: BilingualMessage;
}
