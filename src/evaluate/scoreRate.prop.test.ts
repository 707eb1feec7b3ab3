import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { roundingModes } from '../decimal/RoundingPolicy.js';
import { scoreRate } from './scoreRate.js';

describe('scoreRate, for any score of a weight whose 100 ÷ weight is exact', () => {
  test('multiplying by an exact 100 ÷ weight gives what dividing gives', () => {
    const weights = ['0.5', '2', '2.5', '4', '8', '10', '12.5', '16', '20', '25', '40', '80'];
    const cases = fc
      .tuple(
        fc.constantFrom(...weights),
        fc.nat({ max: 10_000 }),
        fc.constantFrom(...roundingModes),
      )
      .map(([weight, hundredths, mode]) => ({
        weight: decimal(weight),
        // A score from 0 to the weight, in steps of a hundredth of it.
        score: decimal(weight).times(hundredths).dividedBy(10_000),
        mode,
      }));
    fc.assert(
      fc.property(cases, ({ weight, score, mode }) => {
        const percentPerPoint = decimal(100).dividedBy(weight);
        const multiplied = scoreRate(score, weight, mode, percentPerPoint);
        expect(multiplied).toBe(scoreRate(score, weight, mode));
      }),
    );
  });
});
