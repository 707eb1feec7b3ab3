import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import type { RoundingPolicy } from '../decimal/RoundingPolicy.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { defineScheme } from '../scheme/builders.js';
import { grade } from './grade.js';
import type { ScoredNode } from './ScoredNode.js';
import { roundedScore, unitRateOf } from './scoreUnits.js';

/** A top-level node as grading sees it: only its sums count. */
function scored(score: string | null, applicable: string, notApplicable = '0'): ScoredNode {
  return {
    result: {
      type: 'category',
      id: 'c',
      name: { zh: 'c' },
      path: ['c'],
      weight: applicable,
      applicableWeight: applicable,
      status: 'scored',
      score,
      scoreRatePercent: null,
      children: [],
    },
    score: score === null ? null : decimal(score),
    units: undefined,
    applicableWeight: decimal(applicable),
    notApplicableWeight: decimal(notApplicable),
  };
}

const scheme = (rounding?: RoundingPolicy) =>
  defineScheme<RuleBase>({
    id: 'g',
    version: '1',
    title: 'g',
    ...(rounding === undefined ? {} : { rounding }),
    indicators: [],
  });

describe('grade', () => {
  test('a total without 不适用 weight is the sum, graded by the first band it reaches', () => {
    expect(grade([scored('47.01', '50'), scored('43.00', '50')], scheme())).toEqual({
      ok: true,
      value: {
        notApplicable: { policy: 'rescale', weight: '0', rescaleFactor: '1' },
        fullMarks: '100',
        rawTotal: '90.01',
        total: '90.01',
        scoreRatePercent: '90.01',
        grade: { grade: '优', name: { zh: '优', en: 'excellent' } },
      },
    });
  });

  test('weight left out as 不适用 rescales the total to full marks, rounded by the policy', () => {
    const graded = grade([scored('33.33', '40', '10'), scored('40', '50')], scheme());
    expect(graded.ok ? graded.value : graded.issues).toEqual({
      // 100 ÷ 90 at the library's 40 significant digits.
      notApplicable: { policy: 'rescale', weight: '10', rescaleFactor: `1.${'1'.repeat(39)}` },
      fullMarks: '100',
      rawTotal: '73.33',
      // 73.33 × 100 ÷ 90 = 81.477…
      total: '81.48',
      scoreRatePercent: '81.48',
      grade: { grade: '良', name: { zh: '良', en: 'good' } },
    });
  });

  test('the rescaled total divides last: rawTotal × fullMarks ÷ applicableWeight', () => {
    // 43.02 × 100 ÷ 48 = 89.625 exactly; × (100 ÷ 48 at 40 digits) would give 89.6249…
    const midpoint = grade([scored('43.02', '48', '52')], scheme());
    expect(midpoint.ok ? [midpoint.value.total, midpoint.value.scoreRatePercent] : []).toEqual([
      '89.63',
      '89.63',
    ]);
    // 3 × 100 ÷ 30 = 10 exactly; × 3.33…3 would give 9.99…9, truncated to 9.99.
    const truncated = grade([scored('3', '30', '70')], scheme({ scale: 2, mode: 'down' }));
    expect(truncated.ok ? truncated.value.total : '').toBe('10.00');
    // Rounded up, a total a hair above a step must not lose the hair: 1 × 100 ÷ 3 = 33.33…
    const up = grade([scored('1', '3', '97')], scheme({ scale: 2, mode: 'up' }));
    expect(up.ok ? up.value.total : '').toBe('33.34');
  });

  test('at scale 0 a total of 90 is written 90', () => {
    const graded = grade([scored('90', '100')], scheme({ scale: 0, mode: 'half-up' }));
    const { total, rawTotal, grade: band } = graded.ok ? graded.value : expect.unreachable();
    expect([total, rawTotal, band.grade]).toEqual(['90', '90', '优']);
  });

  test('nothing applicable is an issue, not a zero', () => {
    const graded = grade([scored(null, '0', '100')], scheme());
    expect(graded.ok ? [] : graded.issues.map((found) => [found.code, found.path])).toEqual([
      ['nothing_applicable', ['inputs']],
    ]);
  });

  test('the result is frozen', () => {
    const graded = grade([scored('60', '100')], scheme());
    if (!graded.ok) throw new Error('graded');
    const { notApplicable, grade: band } = graded.value;
    expect([notApplicable, band, band.name].every((part) => Object.isFrozen(part))).toBe(true);
  });

  test('top nodes counted in units grade as their decimals do, rescaled or not, at any scale', () => {
    const cases: [readonly [string | null, string, string][], RoundingPolicy][] = [
      [
        [
          ['47.01', '50', '0'],
          ['43.00', '50', '0'],
        ],
        { scale: 2, mode: 'half-up' },
      ],
      [
        [
          ['33.33', '40', '10'],
          ['40.00', '50', '0'],
        ],
        { scale: 2, mode: 'half-up' },
      ],
      [[['66.67', '100', '0']], { scale: 2, mode: 'down' }],
      [[['1.00', '3', '97']], { scale: 2, mode: 'up' }],
      [[['90', '100', '0']], { scale: 0, mode: 'half-even' }],
      [
        [
          ['12.345', '30', '0'],
          ['60.000', '70', '0'],
        ],
        { scale: 3, mode: 'half-down' },
      ],
    ];
    for (const [nodes, rounding] of cases) {
      const given = scheme(rounding);
      const decimals = nodes.map(([score, applicable, left]) => scored(score, applicable, left));
      const counted = decimals.map((node) => ({
        ...node,
        units: node.score === null ? undefined : roundedScore(node.score, rounding.scale).units,
      }));
      const rate = unitRateOf(given.fullMarks, rounding.scale);
      expect(counted.every((node) => node.units !== undefined)).toBe(true);
      expect(grade(counted, given, rate)).toEqual(grade(decimals, given));
    }
  });
});
