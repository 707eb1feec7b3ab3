import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import type { RoundingPolicy } from '../decimal/RoundingPolicy.js';
import {
  bandsRule,
  deductionRule,
  evaluate,
  levelRule,
  manualRule,
  ratioRule,
  reverseRule,
  thresholdRule,
  validateScheme,
  type Rule,
} from '../index.js';
import { category, defineScheme, leaf } from './builders.js';

const grades = [{ grade: '-', min: 0 }];
const third = ['33.3333333334', '33.3333333333', '33.3333333333'] as const;

function thirdsScheme(rounding: RoundingPolicy) {
  return defineScheme({
    id: 'thirds',
    version: '1',
    title: '三等分',
    rounding,
    indicators: third.map((weight, index) =>
      leaf(`x${index}`, `指标${index}`, weight, manualRule()),
    ),
  });
}

function oneRuleScheme(rule: Rule, scale = 2) {
  return defineScheme({
    id: 'one',
    version: '1',
    title: '一项',
    fullMarks: 10,
    grades,
    rounding: { scale, mode: 'half-up' },
    indicators: [leaf('x', '指标', 10, rule)],
  });
}

const described = (scheme: Parameters<typeof validateScheme>[0]) =>
  validateScheme(scheme).map(
    (found) =>
      `${found.code} ${found.path.join('.')} [${found.expected ?? ''} | ${found.received ?? ''}]`,
  );

describe('validateScheme: weights and points finer than the rounding scale', () => {
  test('three weights of 10 places on a scale of 2: full marks were unreachable (99.99)', () => {
    const scheme = thirdsScheme({ scale: 2, mode: 'half-up' });
    expect(validateScheme(scheme)).toEqual([
      {
        code: 'weight_finer_than_scale',
        path: ['indicators', 0, 'weight'],
        message: {
          zh: '「指标0」的分值 33.3333333334 有 10 位小数，多于得分保留的 2 位小数：得分舍入后达不到满分',
          en:
            'The weight 33.3333333334 of "指标0" has 10 decimal places, more than the 2 that ' +
            'scores are rounded to: full marks cannot be reached after rounding',
        },
        expected: 'at most 2 decimal places',
        received: '33.3333333334',
      },
      expect.objectContaining({
        code: 'weight_finer_than_scale',
        path: ['indicators', 1, 'weight'],
      }),
      expect.objectContaining({
        code: 'weight_finer_than_scale',
        path: ['indicators', 2, 'weight'],
      }),
    ]);
    const full = Object.fromEntries(
      third.map((weight, index) => [`x${index}`, { score: decimal(weight) }]),
    );
    const result = evaluate(scheme, full);
    expect(result.ok ? result.value.total : result.issues.map((found) => found.code)).toEqual([
      'weight_finer_than_scale',
      'weight_finer_than_scale',
      'weight_finer_than_scale',
    ]);
  });

  test('the same weights on a scale of 10 are fine; trailing zeros are no places', () => {
    expect(validateScheme(thirdsScheme({ scale: 10, mode: 'half-up' }))).toEqual([]);
    const zeros = defineScheme({
      id: 'zeros',
      version: '1',
      title: '零',
      rounding: { scale: 0, mode: 'half-up' },
      fullMarks: '10.000',
      grades,
      indicators: [category('c', '类', '10.00', [leaf('x', '指标', '10.000', manualRule())])],
    });
    expect(validateScheme(zeros)).toEqual([]);
  });

  test('a category weight finer than the scale is reported at its own path too', () => {
    const scheme = defineScheme({
      id: 'nested',
      version: '1',
      title: '嵌套',
      fullMarks: 10,
      grades,
      indicators: [
        category('c', '类', '9.995', [leaf('x', '指标', '9.995', manualRule())]),
        leaf('y', '另一项', '0.005', manualRule()),
      ],
    });
    expect(described(scheme)).toEqual([
      'weight_finer_than_scale indicators.0.weight [at most 2 decimal places | 9.995]',
      'weight_finer_than_scale indicators.0.children.0.weight [at most 2 decimal places | 9.995]',
      'weight_finer_than_scale indicators.1.weight [at most 2 decimal places | 0.005]',
    ]);
  });

  test('points a rule awards or deducts as they stand are checked; fractions are not', () => {
    const finer = [
      thresholdRule({ comparison: '>=', target: '90%', otherwise: '2.125' }),
      bandsRule({
        bands: [
          { to: { value: '60%', inclusive: false }, points: '0.5' },
          { from: { value: '60%', inclusive: true }, points: '7.125' },
        ],
      }),
      deductionRule({ pointsEach: '0.125' }),
      deductionRule({ pointsEach: '0.5', maxDeduction: '2.125' }),
      reverseRule({ formula: { type: 'perPoint', points: '0.125' } }),
    ];
    expect(finer.map((rule) => described(oneRuleScheme(rule)))).toEqual([
      ['points_finer_than_scale indicators.0.rule.otherwise [at most 2 decimal places | 2.125]'],
      [
        'points_finer_than_scale indicators.0.rule.bands.1.award.points ' +
          '[at most 2 decimal places | 7.125]',
      ],
      ['points_finer_than_scale indicators.0.rule.pointsEach [at most 2 decimal places | 0.125]'],
      ['points_finer_than_scale indicators.0.rule.maxDeduction [at most 2 decimal places | 2.125]'],
      [
        'points_finer_than_scale indicators.0.rule.formula.points ' +
          '[at most 2 decimal places | 0.125]',
      ],
    ]);
    expect(validateScheme(oneRuleScheme(finer[0] ?? manualRule()))[0]?.message).toEqual({
      zh: 'otherwise 2.125 有 3 位小数，多于得分保留的 2 位小数：由它得出的得分须舍入，与方案所定的分数不符',
      en:
        'otherwise 2.125 has 3 decimal places, more than the 2 that scores are rounded to: ' +
        'a score made of it is rounded away from what the scheme states',
    });
    expect(finer.map((rule) => described(oneRuleScheme(rule, 3)))).toEqual(finer.map(() => []));
  });

  test('fractions, rates and interpolated per-point deductions are not points', () => {
    const fine = [
      ratioRule({ cap: '0.875', reviewAbove: '1.125' }),
      bandsRule({
        bands: [
          { to: { value: '0.6125', inclusive: false }, fraction: '0.125' },
          { from: { value: '0.6125', inclusive: true }, fraction: '0.875' },
        ],
      }),
      reverseRule({ formula: { type: 'perPoint', points: '0.125', interpolate: true } }),
      levelRule([
        { id: 'a', name: { zh: '好' }, fraction: '0.875' },
        { id: 'b', name: { zh: '差' }, fraction: '0.125' },
      ]),
    ];
    expect(fine.map((rule) => described(oneRuleScheme(rule)))).toEqual(fine.map(() => []));
  });
});
