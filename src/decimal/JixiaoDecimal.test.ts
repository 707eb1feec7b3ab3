import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimal } from './decimal.js';
import { formatDecimal } from './formatDecimal.js';
import { JixiaoDecimal } from './JixiaoDecimal.js';

describe('JixiaoDecimal', () => {
  test('is isolated from the global Decimal configuration', () => {
    const before = Decimal.precision;
    Decimal.set({ precision: 5 });
    try {
      expect(formatDecimal(decimal('23033.06').dividedBy(decimal('23135.18')))).toBe(
        '0.9955859431394093324538646338606399431515',
      );
      // A decimal made by the global constructor is rebuilt on the library's own.
      expect(formatDecimal(decimal(new Decimal('2')).dividedBy(3))).toBe(
        '0.6666666666666666666666666666666666666667',
      );
    } finally {
      Decimal.set({ precision: before });
    }
    expect(JixiaoDecimal.precision).toBe(92);
  });
});
