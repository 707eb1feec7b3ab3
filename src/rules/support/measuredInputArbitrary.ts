import fc from 'fast-check';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import type { LeafInput } from '../LeafInput.js';
import { decimalArbitrary } from './decimalArbitrary.js';

/** Values worth trying against a target: the target itself, the review and zero-score edges, and anything. */
function actualNear(target: Dec): fc.Arbitrary<Dec> {
  return fc.oneof(
    fc.constant(target),
    fc.constant(target.times(2)),
    fc.constant(target.times('1.2')),
    fc.constant(new JixiaoDecimal(0)),
    decimalArbitrary({ min: 0, max: 3, scale: 4 }).map((share) => target.times(share)),
    decimalArbitrary({ min: 0, max: 100_000 }),
  );
}

/** What a measured rule (actual against a target) needs to know to get fitting inputs. */
export interface MeasuredRule {
  readonly target?: Dec;
  readonly deviationReason?: unknown;
}

/**
 * Inputs `{ actual, target? }` for a rule that measures actual against a target: the rule's own
 * target when it fixes one, else a generated one (zero too, where the rule allows it). Rules that
 * require a deviation reason get one, so that every generated input scores.
 *
 * @param rule - the rule
 * @param allowZeroTarget - whether a zero target is a valid input
 * @returns the arbitrary
 *
 * @internal
 */
export function measuredInputArbitrary(
  rule: MeasuredRule,
  allowZeroTarget: boolean,
): fc.Arbitrary<LeafInput> {
  const reason = rule.deviationReason === undefined ? {} : { reason: '偏差原因：测试' };
  if (rule.target !== undefined) {
    const fixed = rule.target;
    return actualNear(fixed).map((actual) => ({ actual, ...reason }));
  }
  const positive = decimalArbitrary({ min: '0.01', max: 100_000 });
  const targets = allowZeroTarget
    ? fc.oneof(fc.constant(new JixiaoDecimal(0)), positive)
    : positive;
  return targets.chain((target) =>
    actualNear(target).map((actual) => ({ actual, target, ...reason })),
  );
}
