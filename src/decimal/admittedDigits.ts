/**
 * The digit counts behind {@link decimalLimits} and the working precision of
 * {@link JixiaoDecimal}: both are derived from these numbers, so a wider limit widens the
 * precision with it (the argument is in docs/rounding.md).
 *
 * @internal
 */
export const admittedDigits = Object.freeze({
  /** Digits before the point of an admitted value: magnitudes below 10^15. */
  integerDigits: 15,
  /** Digits after the point of an admitted value. */
  decimalPlaces: 20,
  /**
   * Most decimal places any rounding point of the library rounds to: a scheme's scale (at most
   * 10) and a ratio rule's `roundRateTo` (at most 20).
   */
  roundingScale: 20,
});
