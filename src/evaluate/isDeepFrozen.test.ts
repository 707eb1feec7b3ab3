import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { isDeepFrozen } from './isDeepFrozen.js';

describe('isDeepFrozen', () => {
  test('primitives and decimals are frozen values', () => {
    expect(
      [1, 'a', null, undefined, true, decimal('1.5')].every((value) => isDeepFrozen(value)),
    ).toBe(true);
  });

  test('an object is deep-frozen when it and everything in it is frozen', () => {
    const inner = { a: 1 };
    expect(isDeepFrozen(Object.freeze({ inner: Object.freeze(inner) }))).toBe(true);
    expect(isDeepFrozen(Object.freeze({ list: Object.freeze([{ a: 1 }]) }))).toBe(false);
    expect(isDeepFrozen({ a: 1 })).toBe(false);
  });

  test('shared and cyclic references are checked once', () => {
    const node: { self?: unknown } = {};
    node.self = node;
    Object.freeze(node);
    const shared = Object.freeze({ a: 1 });
    expect(isDeepFrozen(node)).toBe(true);
    expect(isDeepFrozen(Object.freeze([shared, shared]))).toBe(true);
  });
});
