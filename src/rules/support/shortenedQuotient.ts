import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { quotientFor } from '../../decimal/quotientFor.js';
import type { RuleContext } from '../RuleKind.js';

/** A score that is one division, shortened for rounding, with the quotient itself on demand. */
export interface ShortenedQuotient {
  /** Rounds at the scheme's scale, and compares with 0 and the weight, as the quotient does. */
  readonly score: Dec;
  /** The quotient to the working precision, worked out at the first call, the same after. */
  readonly exact: () => Dec;
}

/**
 * A rule's score numerator ÷ denominator, carried only as far as the engine's rounding of it and
 * its check against the weight need (quotientFor), and the working-precision quotient, which the
 * trace shows, when something asks for it.
 *
 * @param numerator - the dividend
 * @param denominator - the divisor, not zero
 * @param context - the rule's context: its weight and the scheme's rounding scale
 * @returns the shortened score and the exact one on demand
 *
 * @example
 * const { score, exact } = shortenedQuotient(weight.times(actual), target, context);
 * // score → to the engine; exact() → into the trace
 *
 * @internal
 */
export function shortenedQuotient(
  numerator: Dec,
  denominator: Dec,
  context: RuleContext,
): ShortenedQuotient {
  const places = Math.max(context.rounding.scale, context.weight.decimalPlaces());
  const score = quotientFor(numerator, denominator, places);
  let exact: Dec | undefined;
  return { score, exact: () => (exact ??= numerator.dividedBy(denominator)) };
}
