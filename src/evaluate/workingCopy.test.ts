import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import { workingCopy } from './workingCopy.js';

describe('workingCopy', () => {
  test('copies each decimal whose digits are frozen onto digits of its own', () => {
    const frozen = freezeScheme({ weight: decimal('2.5'), rule: { cap: decimal(1), kind: 'x' } });
    const copy = workingCopy(frozen);
    expect(copy).not.toBe(frozen);
    expect(copy.weight).not.toBe(frozen.weight);
    expect(Object.isFrozen(copy.weight.d)).toBe(false);
    expect([formatDecimal(copy.weight), formatDecimal(copy.rule.cap), copy.rule.kind]).toEqual([
      '2.5',
      '1',
      'x',
    ]);
    // What it was copied from stays frozen through and through.
    expect([frozen.weight.d, frozen.rule.cap.d].map(Object.isFrozen)).toEqual([true, true]);
  });

  test('shares what holds no frozen digits', () => {
    const open = { weight: decimal('2.5'), rule: { kind: 'x' }, list: [1, 'a'] };
    expect(workingCopy(open)).toBe(open);
    const mixed = { open: { a: decimal(1) }, closed: freezeScheme({ b: decimal(2) }) };
    const copy = workingCopy(mixed);
    expect(copy.open).toBe(mixed.open);
    expect(copy.closed).not.toBe(mixed.closed);
  });

  test("keeps a user's keys and an object's missing prototype", () => {
    const points: Record<string, unknown> = {};
    Object.setPrototypeOf(points, null);
    points['__proto__'] = freezeScheme(decimal(1));
    const copy = workingCopy(points);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.keys(copy)).toEqual(['__proto__']);
  });
});
