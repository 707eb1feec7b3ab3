import { describe, expect, test } from 'vitest';
import { oneLeafScheme } from '../../../test/support/oneLeaf.js';
import { decimal } from '../../decimal/decimal.js';
import { validateScheme } from '../../index.js';
import { bandsRule } from './bandsRule.js';
import { bandsRuleKind } from './bandsRuleKind.js';

const context = {
  weight: decimal(10),
  rounding: { scale: 2, mode: 'half-up' } as const,
  path: ['inputs', 'x'],
};

describe('bands: parameters are validated', () => {
  test('bands must be contiguous: gaps and overlaps are issues', () => {
    const gap = bandsRule({
      bands: [
        { to: ['60%', false], points: 0 },
        { from: ['70%', true], points: 10 },
      ],
    });
    const overlap = bandsRule({
      bands: [
        { to: ['60%', true], points: 0 },
        { from: ['60%', true], points: 10 },
      ],
    });
    for (const rule of [gap, overlap]) {
      const issues = validateScheme(oneLeafScheme(rule));
      expect(issues.map((found) => `${found.code} ${found.path.join('.')}`)).toEqual([
        'bands_not_contiguous indicators.0.rule.bands.1.from',
      ]);
    }
    const above = bandsRule({ bands: [{ points: 11 }] });
    expect(validateScheme(oneLeafScheme(above)).map((found) => found.code)).toEqual([
      'invalid_rule_parameter',
    ]);
  });
});

describe('bands: scoring', () => {
  test('a band edge belongs to exactly one band, as declared', () => {
    const rule = bandsRule({
      bands: [
        { to: ['90%', false], points: 4 },
        { from: ['90%', true], points: 5 },
      ],
    });
    const atEdge = bandsRuleKind.evaluate(rule, { actual: decimal('90%') }, context);
    const below = bandsRuleKind.evaluate(rule, { actual: decimal('89.99%') }, context);
    expect([
      atEdge.ok && atEdge.value.score.toString(),
      below.ok && below.value.score.toString(),
    ]).toEqual(['5', '4']);
    const bounded = bandsRule({ bands: [{ from: ['0', true], to: ['1', true], points: 5 }] });
    const outside = bandsRuleKind.evaluate(bounded, { actual: decimal('1.5') }, context);
    expect(outside.ok ? '' : outside.issues[0].code).toBe('value_outside_bands');
  });
});

describe('bands: the builder takes bounds as docs/rules.md writes them', () => {
  test('`{ value, inclusive }` bounds build the same rule as `[value, inclusive]` tuples', () => {
    const documented = bandsRule({
      bands: [
        { to: { value: '60%', inclusive: false }, points: 0 },
        {
          from: { value: '60%', inclusive: true },
          to: { value: '90%', inclusive: false },
          points: 3,
        },
        { from: { value: '90%', inclusive: true }, points: 5 },
      ],
    });
    const tuples = bandsRule({
      bands: [
        { to: ['60%', false], points: 0 },
        { from: ['60%', true], to: ['90%', false], points: 3 },
        { from: ['90%', true], points: 5 },
      ],
    });
    expect(documented).toEqual(tuples);
    expect(documented.bands[1]).toEqual({
      from: { value: decimal('0.6'), inclusive: true },
      to: { value: decimal('0.9'), inclusive: false },
      award: { points: decimal(3) },
    });
    expect(validateScheme(oneLeafScheme(documented))).toEqual([]);
    const scores = ['59.99%', '60%', '90%'].map((actual) => {
      const outcome = bandsRuleKind.evaluate(documented, { actual: decimal(actual) }, context);
      return outcome.ok ? outcome.value.score.toString() : outcome.issues[0].code;
    });
    expect(scores).toEqual(['0', '3', '5']);
  });
});
