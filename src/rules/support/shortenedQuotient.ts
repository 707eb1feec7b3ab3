import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { isPlaces } from '../../decimal/decimalArguments.js';
import { quotientFor } from '../../decimal/quotientFor.js';
import { isRecord } from '../../issues/isRecord.js';
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
  let exact: Dec | undefined;
  const exactly = (): Dec => (exact ??= numerator.dividedBy(denominator));
  // A context built by hand, untyped, may lack a rounding scale: the quotient is then the exact
  // one, as it was before scores were shortened.
  const rounding: unknown = context.rounding;
  const scale = isRecord(rounding) ? rounding['scale'] : undefined;
  if (!isPlaces(scale)) return { score: exactly(), exact: exactly };
  const places = Math.max(scale, context.weight.decimalPlaces());
  return { score: quotientFor(numerator, denominator, places), exact: exactly };
}
