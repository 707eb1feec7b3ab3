import { JixiaoDecimal } from './JixiaoDecimal.js';

/**
 * Bounds on the values the parser admits. Amounts in 元 or 万元, rates and scores all sit far inside
 * them; anything outside is an input error (an exponent typo such as `1e400`), not a value.
 */
export const decimalLimits = Object.freeze({
  /** Largest admitted magnitude (exclusive): 10^15. */
  maxMagnitude: new JixiaoDecimal('1e15'),
  /** Most decimal places admitted. */
  maxDecimalPlaces: 20,
});
