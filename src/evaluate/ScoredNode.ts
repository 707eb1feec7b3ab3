import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { NodeResult } from '../evaluation/Evaluation.js';

/**
 * A node as scored in one evaluation: its result and the exact sums its parent adds up.
 *
 * @internal
 */
export interface ScoredNode {
  readonly result: NodeResult;
  /** The rounded score, or null when left out. */
  readonly score: Dec | null;
  /** The rounded score in units of the scheme's scale (scoreUnits), when that count is exact. */
  readonly units: number | undefined;
  /** Weight of what was scored (excluding rescaled-away leaves). */
  readonly applicableWeight: Dec;
  /** Weight of leaves marked not applicable. */
  readonly notApplicableWeight: Dec;
}
