import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { expectWellFormed } from '../../test/support/parserFuzz.js';
import { decimalArbitrary } from '../rules/support/decimalArbitrary.js';
import { amountTextArbitrary } from '../testing/arbitraries.js';
import { formatDecimal } from './formatDecimal.js';
import { groupThousands } from './groupThousands.js';
import { parseDecimal } from './parseDecimal.js';

describe('parseDecimal never throws: it returns a value or issues', () => {
  test.prop([fc.oneof(fc.string(), fc.double(), fc.anything())])(
    'parseDecimal on arbitrary values',
    (value) => {
      expectWellFormed(parseDecimal(value));
    },
  );
});

describe('decimal text round-trips', () => {
  test.prop([decimalArbitrary({ min: -1_000_000, max: 1_000_000, scale: 4 })])(
    'plain, grouped and percent forms read back exactly',
    (value) => {
      const plain = formatDecimal(value);
      const read = (text: string) => {
        const parsed = parseDecimal(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.issues[0].code}`);
        return parsed.value;
      };
      expect(read(plain).equals(value)).toBe(true);
      expect(read(groupThousands(plain)).equals(value)).toBe(true);
      expect(read(`${plain}%`).equals(value.dividedBy(100))).toBe(true);
    },
  );
});

describe('amounts as people write them', () => {
  test.prop([amountTextArbitrary({ min: 0, max: 10_000_000, scale: 2 })])(
    '"23,135.18"-style text reads back as its value',
    ({ text, value }) => {
      const parsed = parseDecimal(text);
      expect(parsed.ok && parsed.value.equals(value)).toBe(true);
      expect(text).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    },
  );
});
