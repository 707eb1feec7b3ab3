import type { BilingualMessage } from '../issues/Issue.js';
import type { SourceLocation } from './Claims.js';

/**
 * One check of a claim: what was claimed, what the scheme or the arithmetic gives, at the claim's
 * own precision, and whether they agree. Inconsistent checks are the audit's findings.
 */
export interface AuditCheck {
  /**
   * `children_sum`, `total_sum`, `score_rate`, `score_within_weight`, `weight_matches_scheme`,
   * `execution_rate`, `budget_score`, `three_public_rate`, `grade`, `matches_recomputation`,
   * `conflicting_claims` (a quantity the report states more than once, compared with its first
   * statement)…
   */
  readonly code: string;
  readonly verdict: 'consistent' | 'inconsistent';
  readonly severity: 'info' | 'inconsistency';
  /** The indicator's path (ids from the top); empty for the total. */
  readonly path: readonly string[];
  readonly name: string;
  readonly claimed: string;
  readonly recomputed: string;
  /** claimed − recomputed, at the claim's precision (`"0"` when consistent). */
  readonly difference: string;
  /** The rule or arithmetic that was checked, e.g. "23,033.06 ÷ 23,135.18 = 99.56%". */
  readonly check: BilingualMessage;
  readonly message: BilingualMessage;
  readonly source?: SourceLocation;
  /** The other lines the check compares with (for `conflicting_claims`, the first statement). */
  readonly related?: readonly SourceLocation[];
}

/** The outcome of an audit: every check, and the inconsistent ones as findings. */
export interface AuditReport {
  readonly consistent: boolean;
  readonly checks: readonly AuditCheck[];
  readonly findings: readonly AuditCheck[];
}
