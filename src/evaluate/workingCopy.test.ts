import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
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

  test('copies what is deep-frozen once, and a decimal that can still change every time', () => {
    const frozen = freezeScheme({ weight: decimal('2.5'), rule: { cap: decimal(1), kind: 'x' } });
    expect(workingCopy(frozen)).toBe(workingCopy(frozen));
    const constant = freezeScheme(decimal('1.2'));
    expect(workingCopy(constant)).toBe(workingCopy(constant));
    const open = decimal('2.5');
    Object.freeze(open.d);
    const first = workingCopy(open);
    expect(first).not.toBe(open);
    expect(workingCopy(open)).not.toBe(first);
    const holder = { rule: freezeScheme({ cap: decimal(1) }) };
    const copy = workingCopy(holder);
    expect(workingCopy(holder)).not.toBe(copy);
    expect(workingCopy(holder).rule).toBe(copy.rule);
    expect(formatDecimal(copy.rule.cap)).toBe('1');
  });

  test('copies a decimal with its sign, exponent and digits, NaN and infinities included', () => {
    const values = ['-0.000123', '123456789012.125', '7', '0'].map((text) =>
      freezeScheme(decimal(text)),
    );
    expect(values.map((value) => formatDecimal(workingCopy(value)))).toEqual([
      '-0.000123',
      '123456789012.125',
      '7',
      '0',
    ]);
    const special = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map((value) =>
      freezeScheme(new JixiaoDecimal(value)),
    );
    expect(special.map((value) => workingCopy(value).toString())).toEqual([
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
    expect(values.map((value) => workingCopy(value).times(2).toFixed())).toEqual([
      '-0.000246',
      '246913578024.25',
      '14',
      '0',
    ]);
  });
});
