import { describe, expect, test } from 'vitest';
import { decimal } from './decimal.js';
import { formatDecimal } from './formatDecimal.js';
import { roundDecimal } from './roundDecimal.js';
import type { RoundingMode } from './RoundingPolicy.js';

describe('roundDecimal', () => {
  const cases: [string, RoundingMode, string][] = [
    ['1.005', 'half-up', '1.01'],
    ['1.005', 'half-even', '1.00'],
    ['1.015', 'half-even', '1.02'],
    ['2.675', 'half-up', '2.68'],
    ['1.005', 'half-down', '1.00'],
    ['9.9558', 'down', '9.95'],
    ['9.9512', 'up', '9.96'],
    ['9.9558', 'half-up', '9.96'],
  ];
  test.each(cases)('%s %s → %s', (value, mode, expected) => {
    expect(formatDecimal(roundDecimal(decimal(value), { scale: 2, mode }), 2)).toBe(expected);
  });
});
