import { admittedDigits } from './admittedDigits.js';

const { integerDigits, decimalPlaces, roundingScale } = admittedDigits;

/**
 * Significant digits of every product of two admitted values: a product has at most
 * 15 + 15 digits before the point and 20 + 20 after it, so 70 digits hold it exactly.
 */
const productDigits = 2 * (integerDigits + decimalPlaces);

/**
 * Digits beyond an exact product that keep the one rounded division of a formula from being
 * rounded onto a rounding point it does not lie on: one for each place of the finest rounding
 * scale, one for the midpoint digit (5 at scale + 1) and one for the rounding of the quotient
 * itself (docs/rounding.md, "Why the rounding of a quotient is exact").
 */
const guardDigits = roundingScale + 2;

/**
 * The significant digits {@link JixiaoDecimal} computes with (92): every product the engine
 * forms from admitted values is exact, and the one division that ends each formula, correctly
 * rounded to this precision, rounds to any scale the library uses exactly as the exact rational
 * quotient does.
 *
 * @internal
 */
export const workingPrecision = productDigits + guardDigits;
