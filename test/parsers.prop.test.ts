import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { formatDecimal, groupThousands, parseDecimal, roundDecimal, type Issue, type Result } from '../src/index.js';
import { parseEvaluation, parseInputs, parseJsonText, parseScheme } from '../src/json.js';
import { decimalArb } from './support/arbitraries.js';
import { amountTextArbitrary } from '../src/testing.js';
import { fromDecimalString, roundHalfUp } from './support/rational.js';

function wellFormed(result: Result<unknown>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const found of result.issues as readonly Issue[]) {
    expect(found.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(Array.isArray(found.path)).toBe(true);
    expect(found.message.zh.length).toBeGreaterThan(0);
    expect(found.message.en.length).toBeGreaterThan(0);
  }
}

const nearMisses = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.record({ id: fc.string(), version: fc.string(), title: fc.string(), indicators: fc.array(fc.jsonValue(), { maxLength: 3 }) }),
  fc.dictionary(fc.string(), fc.record({ actual: fc.oneof(fc.string(), fc.double()), target: fc.oneof(fc.string(), fc.double()) }, { requiredKeys: [] })),
);

describe('parsers never throw: they return a value or issues', () => {
  test.prop([nearMisses])('parseScheme, parseInputs, parseEvaluation on arbitrary data', (value) => {
    wellFormed(parseScheme(value));
    wellFormed(parseInputs(value));
    wellFormed(parseEvaluation(value));
  });

  test.prop([fc.oneof(fc.string(), fc.double(), fc.anything())])('parseDecimal on arbitrary values', (value) => {
    wellFormed(parseDecimal(value));
  });

  test.prop([fc.oneof(fc.string(), fc.json())])('parseJsonText on arbitrary text', (text) => {
    const result = parseJsonText(text);
    wellFormed(result);
    if (!result.ok) expect(result.issues[0]?.received).toMatch(/^line \d+, column \d+$/);
  });
});

describe('decimal text round-trips', () => {
  test.prop([decimalArb(-1_000_000, 1_000_000, 4)])('plain, grouped and percent forms read back exactly', (value) => {
    const plain = formatDecimal(value);
    const read = (text: string) => {
      const parsed = parseDecimal(text);
      if (!parsed.ok) throw new Error(`${text}: ${parsed.issues[0].code}`);
      return parsed.value;
    };
    expect(read(plain).equals(value)).toBe(true);
    expect(read(groupThousands(plain)).equals(value)).toBe(true);
    expect(read(`${plain}%`).equals(value.dividedBy(100))).toBe(true);
  });

  test.prop([decimalArb(0, 1_000_000, 6), fc.integer({ min: 0, max: 4 })])('half-up rounding agrees with the rational reference', (value, scale) => {
    expect(formatDecimal(roundDecimal(value, { scale, mode: 'half-up' }), scale)).toBe(roundHalfUp(fromDecimalString(formatDecimal(value)), scale));
  });
});

describe('amounts as people write them', () => {
  test.prop([amountTextArbitrary({ min: 0, max: 10_000_000, scale: 2 })])('"23,135.18"-style text reads back as its value', ({ text, value }) => {
    const parsed = parseDecimal(text);
    expect(parsed.ok && parsed.value.equals(value)).toBe(true);
    expect(text).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
  });
});
