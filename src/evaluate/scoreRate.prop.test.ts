import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { roundingModes, type RoundingMode } from '../decimal/RoundingPolicy.js';
import { percentPerPoint } from './percentPerPoint.js';
import { scoreRate } from './scoreRate.js';

/** 得分率 worked out in integers: score ÷ weight × 100 at 2 dp, rounded with `mode`. */
function exactRate(scoreUnits: bigint, weightUnits: bigint, mode: RoundingMode): string {
  // Both in the same units (hundredths), so the rate in hundredths of a percent is
  // scoreUnits × 10000 ÷ weightUnits.
  const numerator = scoreUnits * 10_000n;
  const quotient = numerator / weightUnits;
  const twice = 2n * (numerator % weightUnits);
  const up = {
    down: false,
    up: twice > 0n,
    'half-up': twice >= weightUnits,
    'half-down': twice > weightUnits,
    'half-even': twice > weightUnits || (twice === weightUnits && quotient % 2n === 1n),
  }[mode];
  const rounded = up ? quotient + 1n : quotient;
  return `${String(rounded / 100n)}.${String(rounded % 100n).padStart(2, '0')}`;
}

const hundredths = (units: bigint) => decimal(units.toString()).dividedBy(100);

describe('scoreRate agrees with exact integer arithmetic', () => {
  test('any score of any weight to 2 dp, in every mode, with or without 100 ÷ weight', () => {
    const cases = fc
      .tuple(
        fc.bigInt({ min: 1n, max: 1_000_000n }),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.constantFrom(...roundingModes),
      )
      .map(([weightUnits, scoreUnits, mode]) => ({
        weightUnits,
        // A score from 0 to the weight.
        scoreUnits: scoreUnits % (weightUnits + 1n),
        mode,
      }));
    fc.assert(
      fc.property(cases, ({ weightUnits, scoreUnits, mode }) => {
        const weight = hundredths(weightUnits);
        const score = hundredths(scoreUnits);
        const expected = exactRate(scoreUnits, weightUnits, mode);
        expect(scoreRate(score, weight, mode)).toBe(expected);
        expect(scoreRate(score, weight, mode, percentPerPoint(weight))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('weights whose 100 ÷ weight does not terminate, on and near rounding points', () => {
    const weights = ['6', '7', '11', '14', '56', '2.4', '0.6', '48', '3'];
    const cases = fc
      .tuple(
        fc.constantFrom(...weights),
        fc.nat({ max: 10_000 }),
        fc.constantFrom(...roundingModes),
      )
      .map(([weight, step, mode]) => {
        const weightUnits = BigInt(decimal(weight).times(100).toFixed());
        // Scores in steps of a 10,000th of the weight land on every midpoint there is.
        return { weightUnits, scoreUnits: (weightUnits * BigInt(step)) / 10_000n, mode };
      });
    fc.assert(
      fc.property(cases, ({ weightUnits, scoreUnits, mode }) => {
        const weight = hundredths(weightUnits);
        const expected = exactRate(scoreUnits, weightUnits, mode);
        expect(scoreRate(hundredths(scoreUnits), weight, mode, percentPerPoint(weight))).toBe(
          expected,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
