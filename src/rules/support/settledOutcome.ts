import { success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { RuleOutcome } from '../RuleKind.js';

/**
 * A deferred outcome with its trace built: what a built-in kind's `evaluate` returns.
 *
 * @param deferred - the outcome, or its issues
 * @returns the same outcome with the trace as data, or the same issues
 *
 * @internal
 */
export function settledOutcome(deferred: Result<DeferredOutcome>): Result<RuleOutcome> {
  if (!deferred.ok) return deferred;
  const { trace, findings, exact } = deferred.value;
  const score = exact === undefined ? deferred.value.score : exact();
  // A fresh list when there are none: the shared frozen empty one is the engine's, and a kind
  // built on a built-in one may add its own findings to what it returns.
  return success({ score, trace: trace(), findings: findings.length === 0 ? [] : findings });
}
