/** Evaluator judgement: a score in [0, weight], with a reason whenever it is below the weight. */
export interface ManualRule {
  readonly kind: 'manual';
}

/**
 * Builds a manual rule.
 *
 * @returns the rule data
 *
 * @example
 * manualRule(); // input: { score: '6', reason: '部分已完成' }
 */
export function manualRule(): ManualRule {
  return { kind: 'manual' };
}
