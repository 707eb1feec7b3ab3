import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { scoreRate } from './scoreRate.js';

describe('scoreRate', () => {
  test('worked examples', () => {
    expect(scoreRate(decimal('9.96'), decimal('10'), 'half-up')).toBe('99.60');
    expect(scoreRate(decimal('19.05'), decimal('20'), 'half-up')).toBe('95.25');
    expect(scoreRate(decimal('2'), decimal('3'), 'half-up')).toBe('66.67');
    expect(scoreRate(decimal('2'), decimal('3'), 'down')).toBe('66.66');
    expect(scoreRate(decimal('1'), decimal('3'), 'up')).toBe('33.34');
  });

  test('full, zero, no score and no weight', () => {
    expect(scoreRate(decimal('7.5'), decimal('7.50'), 'half-up')).toBe('100.00');
    expect(scoreRate(decimal('0'), decimal('7.5'), 'half-up')).toBe('0.00');
    expect(scoreRate(null, decimal('10'), 'half-up')).toBeNull();
    expect(scoreRate(decimal('0'), decimal('0'), 'half-up')).toBeNull();
  });
});
