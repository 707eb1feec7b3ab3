import { describe, expect, test, vi } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import { isDeepFrozen } from './isDeepFrozen.js';

describe('isDeepFrozen', () => {
  test('primitives are frozen values; a decimal is when it and its digits are frozen', () => {
    expect([1, 'a', null, undefined, true].every((value) => isDeepFrozen(value))).toBe(true);
    const open = decimal('1.5');
    const shell = Object.freeze(decimal('1.5'));
    const frozen = freezeScheme(decimal('1.5'));
    const nan = freezeScheme(new JixiaoDecimal(Number.NaN));
    expect([open, shell, frozen, nan].map((value) => isDeepFrozen(value))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    // The decimal's constructor, which it holds, is not part of its value.
    expect(Object.isFrozen(JixiaoDecimal)).toBe(false);
  });

  test('an object that is not plain data is never deep-frozen', () => {
    expect(isDeepFrozen(Object.freeze(new Map([['a', 1]])))).toBe(false);
    expect(isDeepFrozen(Object.freeze({ when: Object.freeze(new Date(0)) }))).toBe(false);
    const bare: Record<string, number> = Object.create(null) as Record<string, number>;
    bare['a'] = 1;
    expect(isDeepFrozen(Object.freeze(bare))).toBe(true);
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

  test('what it finds deep-frozen it does not walk again; what it finds not, it checks anew', () => {
    const plain = Object.freeze({ parts: Object.freeze([Object.freeze({ a: 1 })]) });
    const values = vi.spyOn(Object, 'values');
    expect(isDeepFrozen(plain)).toBe(true);
    const first = values.mock.calls.length;
    expect(isDeepFrozen(Object.freeze({ plain }))).toBe(true);
    expect(freezeScheme({ plain })).toEqual({ plain });
    // The second check walks only the new outer object, the freeze only its own new one.
    expect([first, values.mock.calls.length - first]).toEqual([3, 2]);
    values.mockRestore();
    // A getter's value can change under a frozen object: it is read again each time.
    let reads = 0;
    const counted = Object.freeze({
      get value(): number {
        reads += 1;
        return 1;
      },
    });
    expect(isDeepFrozen(counted)).toBe(true);
    expect(isDeepFrozen(Object.freeze({ counted }))).toBe(true);
    expect(reads).toBe(2);
    const inner = { a: 1 };
    const outer = Object.freeze({ inner });
    expect(isDeepFrozen(outer)).toBe(false);
    Object.freeze(inner);
    expect(isDeepFrozen(outer)).toBe(true);
  });
});
