import type { BilingualMessage } from '../issues/Issue.js';
import type { SourceLocation } from './Claims.js';

/**
 * One check of a claim: what was claimed, what the scheme or the arithmetic gives, at the claim's
 * own precision, and whether they agree. Inconsistent checks are the audit's findings.
 */
export interface AuditCheck {
  /**
   * `children_sum`, `total_sum`, `parts_sum` (a 其中 list of scores against the score it breaks
   * down), `score_rate`, `score_within_weight`, `weight_matches_scheme`, `deduction` (扣 N 分 =
   * weight − score), `full_marks` (得满分: score = weight), `execution_rate`, `budget_parts` (the
   * 其中 parts of a budget sentence add up to it), `budget_score`, `three_public_rate`, `grade`,
   * `matches_recomputation`,
   * `conflicting_claims` (a quantity the report states more than once, compared with its first
   * statement)…; and the score table's own checks (src/tables/checks: `weights_sum`,
   * `repeated_total`, `unscored_row`, `level_band`, …), which keep their codes.
   */
  readonly code: string;
  /**
   * `unscored` (a table's 得分 cell left empty: never counted as consistent) and `warning` (a
   * soft check that asks for review) come from score tables only.
   */
  readonly verdict: 'consistent' | 'inconsistent' | 'unscored' | 'warning';
  readonly severity: 'info' | 'inconsistency' | 'warning';
  /**
   * The indicator's path (ids from the top; for a table check, the names as the table writes
   * them); empty for the total, for the budget sentence when no
   * scheme names its indicator, and for a claim by the name the report writes (see `name`).
   */
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
  /**
   * Present when the check's rule was inferred from the table rather than stated by a scheme
   * (`target_score`: the national formula read from a written 年度指标值), with the assumption.
   */
  readonly inferred?: { readonly assumption: BilingualMessage };
  /** The other lines the check compares with (for `conflicting_claims`, the first statement). */
  readonly related?: readonly SourceLocation[];
}

/** A check that was not made, with what it would have checked and why not. */
export interface SkippedCheck {
  /** What would have been checked, e.g. `总分 95.5` or `「结转结余控制率」得满分`. */
  readonly what: string;
  readonly reason: BilingualMessage;
  readonly source?: SourceLocation;
}

/**
 * The outcome of an audit: every check, and the inconsistent ones as findings. `consistent` is
 * true only when no check is inconsistent; a report with no checks at all is not shown to be
 * consistent by it (the CLI exits 3 for it).
 */
export interface AuditReport {
  readonly consistent: boolean;
  readonly checks: readonly AuditCheck[];
  readonly findings: readonly AuditCheck[];
  /** The checks that could not be made (a claim with nothing to compare it with), and why. */
  readonly skipped?: readonly SkippedCheck[];
}
