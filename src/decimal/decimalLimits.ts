import { admittedDigits } from './admittedDigits.js';
import { JixiaoDecimal, type Dec } from './JixiaoDecimal.js';

/**
 * Bounds on the values the parser admits. Amounts in 元 or 万元, rates and scores all sit far inside
 * them; anything outside is an input error (an exponent typo such as `1e400`), not a value. The
 * working precision of {@link JixiaoDecimal} is derived from them (docs/rounding.md).
 *
 * @example
 * decimalLimits.maxMagnitude.toString(); // → "1000000000000000"
 */
export const decimalLimits: {
  /** Largest admitted magnitude (exclusive): 10^15. */
  readonly maxMagnitude: Dec;
  /** Most decimal places admitted: 20. */
  readonly maxDecimalPlaces: number;
  /**
   * Most decimal places any rounding point of the library uses (20): a scheme's scale (at most
   * 10) and a ratio rule's `roundRateTo` (at most 20). Rounding to it is exact.
   */
  readonly maxRoundingScale: number;
} = Object.freeze({
  maxMagnitude: new JixiaoDecimal(10).pow(admittedDigits.integerDigits),
  maxDecimalPlaces: admittedDigits.decimalPlaces,
  maxRoundingScale: admittedDigits.roundingScale,
});
