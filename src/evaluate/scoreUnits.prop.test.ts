import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { fixedText } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { roundingModes } from '../decimal/RoundingPolicy.js';
import { percentPerPoint } from './percentPerPoint.js';
import { preparedScoreRate, scoreRate } from './scoreRate.js';
import {
  addUnits,
  roundedScore,
  textOfUnits,
  unitRateOf,
  unitScoreRate,
  unitsOfText,
} from './scoreUnits.js';

/** A decimal of `digits` random digits with `places` of them after the point, ≥ 0. */
const decimalOf = (digits: bigint, places: number): Dec =>
  new JixiaoDecimal(`${digits.toString()}e-${String(places)}`);

/** A weight: up to 12 digits, up to 6 places, > 0. */
const weights = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999n }), fc.nat({ max: 6 }))
  .map(([digits, places]) => decimalOf(digits, places));

/** A score between 0 and the weight, already rounded to `scale`, as the engine hands it on. */
const scoredCases = fc
  .tuple(
    weights,
    fc.nat({ max: 8 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom(...roundingModes),
  )
  .map(([weight, scale, fraction, mode]) => {
    const raw = weight.times(decimal(fraction.toFixed(17)));
    const score = raw.toDecimalPlaces(scale, JixiaoDecimal.ROUND_DOWN);
    return { weight, scale, score, mode };
  });

describe('counts of units give the texts the decimals give', () => {
  test('text → count → text, for scores at scales 0 to 8', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.nat({ max: 8 }), (n, s) => {
        const text = fixedText(decimalOf(n, s), s);
        const units = unitsOfText(text, s);
        expect(units).toBe(Number(n));
        expect(textOfUnits(Number(n), s)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  test('a sum of counts is the text of the sum of the decimals', () => {
    const counts = fc.bigInt({ min: 0n, max: 2n ** 52n });
    fc.assert(
      fc.property(counts, counts, fc.nat({ max: 8 }), (a, b, s) => {
        const sum = addUnits(Number(a), Number(b));
        if (a + b > 2n ** 52n) {
          expect(sum).toBeUndefined();
          return;
        }
        expect(sum).toBe(Number(a + b));
        expect(textOfUnits(Number(a + b), s)).toBe(
          fixedText(decimalOf(a, s).plus(decimalOf(b, s)), s),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('得分率 from a count equals 得分率 from the decimal, in every mode', () => {
    let counted = 0;
    fc.assert(
      fc.property(scoredCases, ({ weight, scale, score, mode }) => {
        const rate = unitRateOf(weight, scale);
        const rounded = roundedScore(score, scale);
        const expected = scoreRate(score, weight, mode);
        if (rate !== undefined && rounded.units !== undefined) {
          const fromCount = unitScoreRate(rounded.units, rate, mode);
          if (fromCount !== undefined) {
            counted += 1;
            expect(fromCount).toBe(expected);
          }
        }
        const factor = percentPerPoint(weight);
        const prepared =
          factor === undefined ? { unitRate: rate } : { unitRate: rate, percentPerPoint: factor };
        expect(preparedScoreRate(rounded, weight, mode, prepared)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // Almost every case is worked out from its count: the property tests that path.
    expect(counted).toBeGreaterThan(2500);
  });

  test('scores on and near rounding points of weights whose 100 ÷ weight does not terminate', () => {
    const cases = fc.tuple(
      fc.constantFrom('6', '7', '11', '14', '56', '2.4', '0.6', '48', '3', '0.125', '12.5'),
      fc.nat({ max: 20_000 }),
      fc.constantFrom(0, 1, 2, 3),
      fc.constantFrom(...roundingModes),
    );
    fc.assert(
      fc.property(cases, ([written, drawn, scale, mode]) => {
        const weight = decimal(written);
        // Every count from 0 to the weight's own, none drawn only to be thrown away.
        const most = weight
          .times(`1e${String(scale)}`)
          .floor()
          .toNumber();
        const n = drawn % (most + 1);
        const score = decimalOf(BigInt(n), scale);
        const rate = unitRateOf(weight, scale);
        expect(rate).toBeDefined();
        if (rate === undefined) return;
        expect(unitScoreRate(n, rate, mode)).toBe(scoreRate(score, weight, mode));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('counts of units', () => {
  test('worked examples', () => {
    expect(roundedScore(decimal('9.96'), 2)).toEqual({
      value: decimal('9.96'),
      text: '9.96',
      units: 996,
    });
    expect(textOfUnits(5, 2)).toBe('0.05');
    expect(textOfUnits(0, 3)).toBe('0.000');
    expect(textOfUnits(42, 0)).toBe('42');
    expect(unitRateOf(decimal('0.5'), 2)).toEqual({ factor: 200, divisor: 1 });
    expect(unitRateOf(decimal('6'), 2)).toEqual({ factor: 50, divisor: 3 });
    // 8 of 12 points at scale 2: 800 units × 100 ÷ 12 = 66.666…% → 66.67 (half-up), 66.66 (down).
    const twelve = unitRateOf(decimal('12'), 2);
    expect(twelve).toBeDefined();
    if (twelve === undefined) return;
    expect(unitScoreRate(800, twelve, 'half-up')).toBe('66.67');
    expect(unitScoreRate(800, twelve, 'down')).toBe('66.66');
  });

  test('no count where it might not be exact, and none for a weight of 0 or below', () => {
    expect(unitsOfText('1234567890123456', 0)).toBeUndefined();
    expect(unitsOfText('-1.00', 2)).toBeUndefined();
    expect(unitRateOf(decimal(0), 2)).toBeUndefined();
    expect(unitRateOf(decimal(-3), 2)).toBeUndefined();
    expect(unitRateOf(new JixiaoDecimal('1234567890123456'), 2)).toBeUndefined();
    expect(unitScoreRate(2 ** 52, { factor: 2, divisor: 3 }, 'half-up')).toBeUndefined();
  });
});
