import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.js';
import { quotientFor } from './quotientFor.js';
import { roundDecimal } from './roundDecimal.js';

describe('quotientFor', () => {
  it('cuts the Nanzhou budget execution score a digit past the places, marking what it dropped', () => {
    // 10 × 23,033.06 ÷ 23,135.18 = 9.955858…: cut at four places, then a 1 for the rest.
    const quotient = quotientFor(decimal('230330.6'), decimal('23135.18'), 2);
    expect(quotient.toString()).toBe('9.95581');
    expect(roundDecimal(quotient, { scale: 2, mode: 'half-up' }).toFixed(2)).toBe('9.96');
  });

  it('keeps an exact quotient exact, so that a midpoint stays one', () => {
    // 0.5 × 0.05 ÷ 1 = 0.025: half-even rounds it to 0.02, half-up to 0.03.
    const quotient = quotientFor(decimal('0.025'), decimal('1'), 2);
    expect(quotient.toString()).toBe('0.025');
    expect(roundDecimal(quotient, { scale: 2, mode: 'half-even' }).toFixed(2)).toBe('0.02');
    expect(roundDecimal(quotient, { scale: 2, mode: 'half-up' }).toFixed(2)).toBe('0.03');
  });

  it('marks a dropped rest just past a midpoint, so that no mode takes it for one', () => {
    // 2.5000001 ÷ 100 = 0.025000001: above the midpoint, so half-down and half-even round up.
    const quotient = quotientFor(decimal('2.5000001'), decimal('100'), 2);
    expect(roundDecimal(quotient, { scale: 2, mode: 'half-down' }).toFixed(2)).toBe('0.03');
    expect(roundDecimal(quotient, { scale: 2, mode: 'half-even' }).toFixed(2)).toBe('0.03');
  });

  it('marks what it dropped away from zero for a negative quotient', () => {
    const quotient = quotientFor(decimal('-1'), decimal('3'), 2);
    expect(quotient.toString()).toBe('-0.33331');
    expect(roundDecimal(quotient, { scale: 2, mode: 'up' }).toFixed(2)).toBe('-0.34');
    expect(roundDecimal(quotient, { scale: 2, mode: 'down' }).toFixed(2)).toBe('-0.33');
  });

  it('carries a quotient past the working precision when the places asked for need it', () => {
    const quotient = quotientFor(decimal('1'), decimal('3'), 200);
    // 1 ÷ 3 to 200 places, rounded up: the 92-digit quotient would have lost the last 108.
    expect(roundDecimal(quotient, { scale: 200, mode: 'up' }).toFixed(200)).toBe(
      `0.${'3'.repeat(199)}4`,
    );
    expect(roundDecimal(quotient, { scale: 200, mode: 'down' }).toFixed(200)).toBe(
      `0.${'3'.repeat(200)}`,
    );
  });
  it('divides by zero as decimal.js does, which no scheme lets through', () => {
    expect(quotientFor(decimal('1'), decimal('0'), 2).toString()).toBe('Infinity');
    expect(quotientFor(decimal('0'), decimal('0'), 2).isNaN()).toBe(true);
  });
});
