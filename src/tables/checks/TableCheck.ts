import type { BilingualMessage } from '../../issues/Issue.js';
import type { CellLocation } from '../CellGrid.js';
import type { LevelBand } from '../vocabulary.js';
import type { StatedValue } from '../scoreTable/ScoreTable.js';

/**
 * A check's outcome: the table agrees with itself, disagrees (a finding), cannot be checked
 * because the score cells are empty (`unscored`, never counted as consistent), or a soft check
 * that asks for review (`warning`).
 */
export type TableVerdict = 'consistent' | 'inconsistent' | 'unscored' | 'warning';

/** A value a check read, as written, with what it stands for and where. */
export interface SeenValue {
  /** What the value is: `score`, `weight`, `budget`, `executed`, `rate`, `total`, `grade`, … */
  readonly role: string;
  readonly written: string;
  readonly location?: CellLocation;
}

/**
 * One check of a score table against its own arithmetic, without any scheme: the values it saw,
 * the rule it applied (in words, and with the numbers), and its verdict, with the cells it read.
 */
export interface TableCheck {
  /**
   * `score_within_weight`, `weights_sum`, `full_marks`, `children_sum`, `total_sum`,
   * `execution_rate`, `budget_score`, `budget_parts`, `budget_total_unfilled`, `unscored_row`,
   * `unscored_sheet`, `grade`, `repeated_total`, `level_band`, `coefficient_score`,
   * `score_rate`, `reason_missing`, `target_score`, `stated_rule_unread`, `applicable_weight`,
   * `rescaled_total`.
   */
  readonly code: string;
  readonly verdict: TableVerdict;
  /** The row, category or total the check is about, as written (`总分` for the total). */
  readonly subject: string;
  /** The names from the top of the tree down to the subject (empty for the total). */
  readonly path: readonly string[];
  readonly values: readonly SeenValue[];
  /** The rule applied, in words: `得分 = min(执行数 ÷ 全年预算数, 100%) × 分值`. */
  readonly rule: BilingualMessage;
  /** The rule with the numbers: `min(67.20 ÷ 80.00, 100%) × 10 = 8.4`. */
  readonly arithmetic: string;
  /** The value claimed, as written, and what the rule gives at its printed precision. */
  readonly claimed?: string;
  readonly expected?: string;
  /**
   * claimed − the exact value the rule gives (`"0"` when they agree at the printed precision):
   * `9` against 67.20 ÷ 80.00 × 10 = 8.4 is `0.6`.
   */
  readonly difference?: string;
  readonly message: BilingualMessage;
  /** The cells the check read. */
  readonly sources: readonly CellLocation[];
  /**
   * Present when the check's rule was inferred from the table (its written target), not stated
   * by the table or a scheme: what was assumed, in words.
   */
  readonly inferred?: { readonly assumption: BilingualMessage };
}

/** The checks of one table: every check, and those inconsistent, unscored and warning. */
export interface TableCheckReport {
  /**
   * `inconsistent` when any check is; else `unscored` when a score is missing; else
   * `too-little` when no check compared anything; else `consistent`.
   */
  readonly outcome: 'consistent' | 'inconsistent' | 'unscored' | 'too-little';
  readonly checks: readonly TableCheck[];
  readonly findings: readonly TableCheck[];
  readonly unscored: readonly TableCheck[];
  readonly warnings: readonly TableCheck[];
}

/** A grade band: totals at or above `from` (inclusive) earn `grade`. */
export interface GradeBand {
  readonly grade: string;
  readonly from: string;
}

/** What a check of a table may be told besides the table. */
export interface TableCheckOptions {
  /** The full marks (总分值) when the sheet declares other than 100. */
  readonly fullMarks?: string;
  /**
   * Grade bands, highest first; by default the national ones (≥90 优, ≥80 良, ≥60 中, else 差),
   * as shares of the full marks when the sheet states full marks other than 100.
   */
  readonly gradeBands?: readonly GradeBand[];
  /** Level-word bands; the vocabulary's `levelBands` by default. */
  readonly levelBands?: readonly LevelBand[];
  /** Totals stated outside the table (the narrative's `综合评分为…分`), checked for agreement. */
  readonly statedTotals?: readonly StatedValue[];
  /** Grades stated outside the table (`评价等级为优`), checked against the total. */
  readonly statedGrades?: readonly StatedValue[];
}
