import type { Result } from '../issues/Result.js';
import { evaluateBands } from './bands/evaluateBands.js';
import { evaluateBandsDeferred } from './bands/evaluateBandsDeferred.js';
import { evaluateDeduction } from './deduction/evaluateDeduction.js';
import { evaluateDeductionDeferred } from './deduction/evaluateDeductionDeferred.js';
import type { DeferredOutcome } from './DeferredOutcome.js';
import { evaluateEqual } from './equal/evaluateEqual.js';
import { evaluateEqualDeferred } from './equal/evaluateEqualDeferred.js';
import type { LeafInput } from './LeafInput.js';
import { evaluateLevel } from './level/evaluateLevel.js';
import { evaluateLevelDeferred } from './level/evaluateLevelDeferred.js';
import { evaluateManual } from './manual/evaluateManual.js';
import { evaluateManualDeferred } from './manual/evaluateManualDeferred.js';
import { evaluateRatio } from './ratio/evaluateRatio.js';
import { evaluateRatioDeferred } from './ratio/evaluateRatioDeferred.js';
import { evaluateReverse } from './reverse/evaluateReverse.js';
import { evaluateReverseDeferred } from './reverse/evaluateReverseDeferred.js';
import type { RuleBase } from './RuleBase.js';
import type { RuleContext, RuleKind } from './RuleKind.js';
import { evaluateThreshold } from './threshold/evaluateThreshold.js';
import { evaluateThresholdDeferred } from './threshold/evaluateThresholdDeferred.js';

/**
 * A built-in evaluator whose trace is built on read. Written as a method, so that one for a
 * narrower rule type is held as one for any rule: it only ever receives rules of its own kind.
 */
interface Deferred<R> {
  evaluate(rule: R, input: LeafInput, context: RuleContext): Result<DeferredOutcome>;
}

/**
 * A deferred evaluator of any built-in kind, as {@link deferredEvaluatorOf} finds it.
 *
 * @internal
 */
export type DeferredEvaluator = Deferred<RuleBase>;

const deferred = <R>(evaluate: Deferred<R>['evaluate']): Deferred<R> => ({ evaluate });

// Keyed by the public evaluator itself: a kind that keeps a built-in `evaluate` (a copy of a
// built-in kind with another description, say) scores as it would, and one given another
// `evaluate` is never taken for the built-in.
const byEvaluator = new Map<unknown, Deferred<RuleBase>>([
  [evaluateRatio, deferred(evaluateRatioDeferred)],
  [evaluateEqual, deferred(evaluateEqualDeferred)],
  [evaluateReverse, deferred(evaluateReverseDeferred)],
  [evaluateThreshold, deferred(evaluateThresholdDeferred)],
  [evaluateBands, deferred(evaluateBandsDeferred)],
  [evaluateLevel, deferred(evaluateLevelDeferred)],
  [evaluateDeduction, deferred(evaluateDeductionDeferred)],
  [evaluateManual, deferred(evaluateManualDeferred)],
]);

/**
 * The deferred form of a kind's evaluator, when its `evaluate` is a built-in one: the same score
 * and findings, the trace built only when it is read.
 *
 * @param kind - the rule kind a leaf is scored with
 * @returns an evaluator whose outcome builds its trace on request, or undefined for a custom one
 *
 * @example
 * deferredEvaluatorOf(ratioRuleKind)?.evaluate(rule, input, context); // → ok: { score, findings, trace }
 *
 * @internal
 */
export function deferredEvaluatorOf(kind: RuleKind<RuleBase>): DeferredEvaluator | undefined {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- a key to look up, never called
  return byEvaluator.get(kind.evaluate);
}
