import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import {
  compare,
  divide,
  fromDecimalString,
  rational,
  type Rational,
} from '../../test/support/rational.js';
import { formatDecimal } from './formatDecimal.js';
import { JixiaoDecimal, type Dec } from './JixiaoDecimal.js';
import { quotientFor } from './quotientFor.js';
import { roundDecimal } from './roundDecimal.js';
import { roundingModes, type RoundingMode } from './RoundingPolicy.js';
import { workingPrecision } from './workingPrecision.js';

/** The exact value of a decimal, read from its plain text. */
const exactly = (value: Dec): Rational => fromDecimalString(value.toFixed());

/** Rounds a rational to `scale` places in a mode, exactly (the reference, without decimal.js). */
function roundRational(value: Rational, scale: number, mode: RoundingMode): Rational {
  const factor = 10n ** BigInt(scale);
  const scaled = value.numerator * factor;
  const { denominator } = value;
  const cut = scaled / denominator; // towards zero
  const rest = scaled - cut * denominator;
  const sign = scaled < 0n ? -1n : 1n;
  const twice = 2n * (rest < 0n ? -rest : rest);
  let away: boolean;
  if (rest === 0n) away = false;
  else if (mode === 'up') away = true;
  else if (mode === 'down') away = false;
  else if (twice !== denominator) away = twice > denominator;
  else if (mode === 'half-up') away = true;
  else if (mode === 'half-down') away = false;
  else away = cut % 2n !== 0n; // half-even: away when the cut digit is odd
  return rational(away ? cut + sign : cut, factor);
}

/** A decimal of up to `digits` significant digits with its point anywhere in a wide range. */
const decimalOf = (digits: number, nonZero: boolean) =>
  fc
    .tuple(
      fc.bigInt({ min: nonZero ? 1n : 0n, max: 10n ** BigInt(digits) - 1n }),
      fc.integer({ min: -12, max: 12 }),
      fc.boolean(),
    )
    .map(
      ([coefficient, exponent, negative]) =>
        new JixiaoDecimal(`${negative ? '-' : ''}${coefficient.toString()}e${String(exponent)}`),
    );

const numerators = fc.oneof(decimalOf(6, false), decimalOf(35, false), decimalOf(60, false));
const denominators = fc.oneof(decimalOf(4, true), decimalOf(20, true), decimalOf(35, true));
const placesArbitrary = fc.integer({ min: 0, max: 10 });
const modeArbitrary = fc.constantFrom(...roundingModes);

describe('quotientFor', () => {
  test.prop([numerators, denominators, placesArbitrary, modeArbitrary], { numRuns: 2000 })(
    'rounds to the places asked for, or fewer, as the exact quotient does, in every mode',
    (numerator, denominator, places, mode) => {
      const exact = divide(exactly(numerator), exactly(denominator));
      const shortened = quotientFor(numerator, denominator, places);
      for (let scale = 0; scale <= places; scale += 1) {
        const expected = roundRational(exact, scale, mode);
        const rounded = exactly(roundDecimal(shortened, { scale, mode }));
        expect(compare(rounded, expected), `scale ${String(scale)}, ${mode}`).toBe(0);
      }
    },
  );

  test('a quotient of more digits than the working precision still rounds as the exact one', () => {
    // 1.3187…e71 ÷ 1.3e-10: 82 digits before the point and 10 after it, beyond 92 in all.
    const numerator = new JixiaoDecimal(
      '1.31870389737073615776323733046549594936980324674058247898958e+71',
    );
    const denominator = new JixiaoDecimal('0.00000000013');
    const exact = divide(exactly(numerator), exactly(denominator));
    const shortened = quotientFor(numerator, denominator, 10);
    for (const mode of roundingModes)
      for (let scale = 0; scale <= 10; scale += 1)
        expect(
          compare(
            exactly(roundDecimal(shortened, { scale, mode })),
            roundRational(exact, scale, mode),
          ),
          `scale ${String(scale)}, ${mode}`,
        ).toBe(0);
    expect(JixiaoDecimal.precision).toBe(workingPrecision);
  });

  test.prop([numerators, denominators, placesArbitrary, modeArbitrary], { numRuns: 1000 })(
    'rounds as the working-precision quotient does (the engine before it)',
    (numerator, denominator, places, mode) => {
      // Where the working precision holds every digit the rounding needs (beyond it, far outside
      // admitted values, the working quotient is itself rounded and only the shortened one exact).
      fc.pre(numerator.e - denominator.e + places + 2 + denominator.precision() < workingPrecision);
      const policy = { scale: places, mode };
      expect(formatDecimal(roundDecimal(quotientFor(numerator, denominator, places), policy))).toBe(
        formatDecimal(roundDecimal(numerator.dividedBy(denominator), policy)),
      );
    },
  );

  test.prop([numerators, denominators, placesArbitrary, fc.integer({ min: -20, max: 20 })], {
    numRuns: 2000,
  })(
    'compares with any value of at most those places as the exact quotient does',
    (numerator, denominator, places, pick) => {
      const exact = divide(exactly(numerator), exactly(denominator));
      // Values near the quotient, where a comparison can go wrong: its roundings and their
      // neighbours, and zero.
      const near = roundRational(exact, places, 'down');
      const step = rational(BigInt(pick), 10n ** BigInt(places));
      const candidate = rational(
        near.numerator * step.denominator + step.numerator * near.denominator,
        near.denominator * step.denominator,
      );
      const shortened = exactly(quotientFor(numerator, denominator, places));
      for (const value of [candidate, near, rational(0n)]) {
        expect(Math.sign(compare(shortened, value))).toBe(Math.sign(compare(exact, value)));
      }
    },
  );

  test.prop([numerators, denominators, placesArbitrary], { numRuns: 500 })(
    'leaves the working precision and rounding mode as they were',
    (numerator, denominator, places) => {
      quotientFor(numerator, denominator, places);
      expect(JixiaoDecimal.precision).toBe(workingPrecision);
      expect(JixiaoDecimal.rounding).toBe(JixiaoDecimal.ROUND_HALF_UP);
    },
  );
});
