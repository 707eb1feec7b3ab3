// What the parsers' property tests share: the shape every returned issue must have, and data close
// to the JSON forms (and anything else) to throw at them.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Result } from '../../src/index.js';

/**
 * Passes a value; fails unless issues are ones a caller can show: at least one, each with a
 * snake_case code, a path and a message in both languages.
 *
 * @param result - what a parser returned
 */
export function expectWellFormed(result: Result<unknown>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const found of result.issues) {
    expect(found.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(Array.isArray(found.path)).toBe(true);
    expect(found.message.zh.length).toBeGreaterThan(0);
    expect(found.message.en.length).toBeGreaterThan(0);
  }
}

/** Arbitrary data, JSON and near misses of the scheme and inputs forms. */
export const nearMisses: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.record({
    id: fc.string(),
    version: fc.string(),
    title: fc.string(),
    indicators: fc.array(fc.jsonValue(), { maxLength: 3 }),
  }),
  fc.dictionary(
    fc.string(),
    fc.record(
      { actual: fc.oneof(fc.string(), fc.double()), target: fc.oneof(fc.string(), fc.double()) },
      { requiredKeys: [] },
    ),
  ),
);
