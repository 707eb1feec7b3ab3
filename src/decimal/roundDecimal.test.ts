import { describe, expect, test } from 'vitest';
import { decimal } from './decimal.js';
import { formatDecimal } from './formatDecimal.js';
import { decimalJsRounding, roundDecimal, roundedTo } from './roundDecimal.js';
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

describe('roundedTo and decimalJsRounding (the engine’s unchecked forms)', () => {
  test('round as roundDecimal does, and refuse a mode that is none of the five', () => {
    const value = decimal('0.125');
    expect(roundedTo(value, 2, decimalJsRounding('half-even')).toFixed()).toBe('0.12');
    expect(roundedTo(value, 2, decimalJsRounding('half-up')).toFixed()).toBe('0.13');
    expect(roundedTo(value, 3, decimalJsRounding('down'))).toBe(value);
    // @ts-expect-error -- a mode no validated scheme has
    expect(() => decimalJsRounding('nearest')).toThrow('unknown rounding mode "nearest"');
  });
});
