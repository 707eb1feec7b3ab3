import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { fromDecimalString, roundHalfUp } from '../../test/support/rational.js';
import { decimalArbitrary } from '../rules/support/decimalArbitrary.js';
import { formatDecimal } from './formatDecimal.js';
import { roundDecimal } from './roundDecimal.js';

describe('roundDecimal', () => {
  test.prop([
    decimalArbitrary({ min: 0, max: 1_000_000, scale: 6 }),
    fc.integer({ min: 0, max: 4 }),
  ])('half-up rounding agrees with the rational reference', (value, scale) => {
    expect(formatDecimal(roundDecimal(value, { scale, mode: 'half-up' }), scale)).toBe(
      roundHalfUp(fromDecimalString(formatDecimal(value)), scale),
    );
  });
});
