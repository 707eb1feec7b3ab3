import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import { deepFrozenScheme } from './deepFrozenScheme.js';
import { isDeepFrozen } from './isDeepFrozen.js';

interface KeyedRule extends RuleBase {
  readonly kind: 'keyed';
  readonly points: Readonly<Record<string, number>>;
  readonly lookup?: ReadonlyMap<string, number>;
}

function scheme(rule: KeyedRule): Scheme<KeyedRule> {
  return Object.freeze({
    id: 'f',
    version: '1',
    title: Object.freeze({ zh: 'f' }),
    fullMarks: freezeScheme(decimal(10)),
    rounding: Object.freeze({ scale: 2, mode: 'half-up' }),
    // Frozen, holding a band that is not: like a shared default list of bands.
    grades: Object.freeze([{ grade: '-', name: { zh: '-' }, min: decimal(0) }]),
    notApplicable: 'rescale',
    indicators: Object.freeze([
      Object.freeze({
        type: 'leaf',
        id: 'k',
        name: Object.freeze({ zh: 'k' }),
        weight: freezeScheme(decimal(10)),
        rule,
      }),
    ]),
  });
}

describe('deepFrozenScheme', () => {
  test('a deep-frozen scheme is returned as it is', () => {
    const frozen = deepFrozenScheme(scheme(Object.freeze({ kind: 'keyed', points: {} })));
    expect(deepFrozenScheme(frozen)).toBe(frozen);
  });

  test('otherwise a deep-frozen copy with the same data, the original left untouched', () => {
    const original = scheme(Object.freeze({ kind: 'keyed', points: Object.freeze({ a: 1 }) }));
    const copy = deepFrozenScheme(original);
    expect(copy).not.toBe(original);
    expect(isDeepFrozen(copy)).toBe(true);
    expect(copy).toStrictEqual(original);
    expect(Object.keys(copy)).toEqual(Object.keys(original));
    expect(Object.isFrozen(original.grades[0])).toBe(false);
    // The band's decimal is copied and frozen with its digits; the caller's stays open.
    const [band] = copy.grades;
    const [originalBand] = original.grades;
    expect([band?.min, band?.min.d, originalBand?.min].map(Object.isFrozen)).toEqual([
      true,
      true,
      false,
    ]);
    expect(band?.min).not.toBe(originalBand?.min);
    // What was frozen already is shared, not copied.
    expect(copy.indicators).toBe(original.indicators);
    expect(copy.fullMarks).toBe(original.fullMarks);
  });

  test('user keys in null-prototype objects stay ordinary keys', () => {
    const points: Record<string, number> = {};
    Object.setPrototypeOf(points, null);
    points['__proto__'] = 1;
    points['达成'] = 2;
    const copy = deepFrozenScheme(scheme({ kind: 'keyed', points }));
    const [leaf] = copy.indicators;
    const copied = leaf?.type === 'leaf' ? leaf.rule.points : {};
    expect(Object.getPrototypeOf(copied)).toBeNull();
    expect(Object.entries(copied)).toEqual([
      ['__proto__', 1],
      ['达成', 2],
    ]);
    expect(Object.isFrozen(copied)).toBe(true);
  });

  test('what is not plain data is left as it is, and the copy is then not deep-frozen', () => {
    const lookup = new Map([['a', 1]]);
    const copy = deepFrozenScheme(scheme({ kind: 'keyed', points: {}, lookup }));
    const [leaf] = copy.indicators;
    expect(leaf?.type === 'leaf' ? leaf.rule.lookup : undefined).toBe(lookup);
    expect(isDeepFrozen(copy)).toBe(false);
  });
});
