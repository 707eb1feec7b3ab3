import { describe, expect, test } from 'vitest';
import { decimal } from '../../decimal/decimal.js';
import type { RoundingPolicy } from '../../decimal/RoundingPolicy.js';
import { presets } from '../../presets/presets.js';
import { bandsRule } from '../../rules/bands/bandsRule.js';
import { deductionRule } from '../../rules/deduction/deductionRule.js';
import { levelRule, nationalLevelRule } from '../../rules/level/levelRule.js';
import { manualRule } from '../../rules/manual/manualRule.js';
import { ratioRule } from '../../rules/ratio/ratioRule.js';
import type { Rule } from '../../rules/Rule.js';
import { thresholdRule } from '../../rules/threshold/thresholdRule.js';
import { category, defineScheme, leaf } from '../../scheme/builders.js';
import type { IndicatorNode, NotApplicablePolicy, Scheme } from '../../scheme/Scheme.js';
import { createEngine } from '../createEngine.js';
import { bestLeaf } from './bestLeaf.js';
import { bestLeafScore } from './bestLeafScore.js';
import { lintScheme } from './lintScheme.js';

const name = { zh: '满意度', en: 'satisfaction' };

/** A valid scheme of the indicators given, whose full marks are their weights' sum. */
function schemeOf(
  indicators: readonly IndicatorNode[],
  options: {
    readonly grades?: readonly { readonly grade: string; readonly min: string | number }[];
    readonly rounding?: RoundingPolicy;
    readonly notApplicable?: NotApplicablePolicy;
  } = {},
): Scheme {
  const fullMarks = indicators.reduce((sum, node) => sum.plus(node.weight), decimal(0));
  const scheme = defineScheme({
    id: 'lint',
    version: '1',
    title: 'lint',
    fullMarks,
    grades: options.grades ?? [{ grade: '-', min: 0 }],
    ...(options.rounding === undefined ? {} : { rounding: options.rounding }),
    ...(options.notApplicable === undefined ? {} : { notApplicable: options.notApplicable }),
    indicators,
  });
  expect(createEngine().validateScheme(scheme)).toEqual([]);
  return scheme;
}

const oneLeaf = (rule: Rule, options: Parameters<typeof schemeOf>[1] = {}) =>
  schemeOf([leaf('x', name, 10, rule)], options);

const shown = (scheme: Scheme, options?: Parameters<typeof lintScheme>[1]) =>
  lintScheme(scheme, options).map((found) => ({
    code: found.code,
    path: found.path.join('.'),
    zh: found.message.zh,
    en: found.message.en,
  }));

const eightAtBest = bandsRule({
  measure: 'rate',
  bands: [
    { to: ['0.6', false], points: 0 },
    { from: ['0.6', true], to: ['0.9', false], points: 5 },
    { from: ['0.9', true], points: 8 },
  ],
});

/** A level scored within a range below the whole weight, never at it. */
const belowFull = levelRule([
  {
    id: 'good',
    name: { zh: '较好', en: 'good' },
    range: { min: '0.5', max: 1, maxInclusive: false },
  },
  { id: 'poor', name: { zh: '较差', en: 'poor' }, fraction: '0.2' },
]);

describe('full_marks_unreachable', () => {
  test('bands whose best band awards less than the weight', () => {
    expect(shown(oneLeaf(eightAtBest))).toEqual([
      {
        code: 'full_marks_unreachable',
        path: 'indicators.0.rule',
        zh: '「满意度」的分值为 10，但任何输入都得不到满分：最高一档只给 8 分',
        en: 'No input earns "satisfaction" its full 10 points: its best band awards 8',
      },
    ]);
  });

  test('a level rule whose best level awards less', () => {
    const rule = levelRule([
      { id: 'a', name: { zh: '好', en: 'good' }, fraction: '0.8' },
      { id: 'b', name: { zh: '差', en: 'poor' }, fraction: '0.4' },
    ]);
    expect(shown(oneLeaf(rule)).map((found) => found.en)).toEqual([
      'No input earns "satisfaction" its full 10 points: the best level awards 8',
    ]);
  });

  test('a range that stops short of the weight, which rounding down keeps below it', () => {
    expect(shown(oneLeaf(belowFull, { rounding: { scale: 2, mode: 'down' } }))).toEqual([
      {
        code: 'full_marks_unreachable',
        path: 'indicators.0.rule',
        zh: '「满意度」的分值为 10，但任何输入都得不到满分：等级「较好」的得分须低于 10，按 2 位小数（down）舍入后至多 9.99',
        en: 'No input earns "satisfaction" its full 10 points: the level "good" scores below 10, which rounding (down, 2 dp) keeps at 9.99 at most',
      },
    ]);
  });

  test('but not when rounding half-up or up carries a score just below the weight to it', () => {
    expect(shown(oneLeaf(belowFull))).toEqual([]);
    expect(shown(oneLeaf(belowFull, { rounding: { scale: 0, mode: 'up' } }))).toEqual([]);
  });

  test('a comparison that no actual can meet, and a fixed target 0 that no input is scored by', () => {
    const never = thresholdRule({ comparison: '<', target: 0, otherwise: 2 });
    expect(shown(oneLeaf(never)).map((found) => found.en)).toEqual([
      'No input earns "satisfaction" its full 10 points: the actual must be below its target 0 and cannot be negative: it scores 2 at most',
    ]);
    expect(shown(oneLeaf(ratioRule({ target: 0 }))).map((found) => found.en)).toEqual([
      'No input earns "satisfaction" its full 10 points: its fixed target is 0, so no input can be scored',
    ]);
  });

  test('fires for none of the shipped presets, nor for rules that award the weight', () => {
    for (const preset of presets) expect(lintScheme(preset.skeleton())).toEqual([]);
    const rules: Rule[] = [
      ratioRule(),
      ratioRule({ cap: '0.955', roundRateTo: 2 }),
      thresholdRule({ comparison: '<', target: 1 }),
      nationalLevelRule(),
      manualRule(),
      deductionRule({ pointsEach: 1 }),
    ];
    for (const rule of rules) expect(shown(oneLeaf(rule))).toEqual([]);
  });
});

describe('bestLeafScore', () => {
  test('is the weight, or the best band, level or rounded range', () => {
    const ten = decimal(10);
    expect(String(bestLeafScore(ratioRule(), ten))).toBe('10');
    expect(String(bestLeafScore(eightAtBest, ten))).toBe('8');
    expect(String(bestLeafScore(belowFull, ten, { scale: 2, mode: 'down' }))).toBe('9.99');
    expect(String(bestLeafScore(belowFull, ten, { scale: 1, mode: 'half-even' }))).toBe('10');
    expect(bestLeafScore(ratioRule({ target: 0 }), ten)).toBeNull();
    expect(bestLeafScore({ kind: 'square' }, ten)).toBeUndefined();
  });

  test('a range ending on a rounding midpoint stops one step short under a half mode', () => {
    // 10 × 0.825 = 8.25, excluded: every score below it rounds to 8.2 at 1 place.
    const rule = levelRule([
      { id: 'a', name: { zh: '好' }, range: { min: '0.5', max: '0.825', maxInclusive: false } },
    ]);
    for (const mode of ['half-up', 'half-even', 'half-down'] as const)
      expect(String(bestLeafScore(rule, decimal(10), { scale: 1, mode }))).toBe('8.2');
    expect(String(bestLeafScore(rule, decimal(10), { scale: 1, mode: 'up' }))).toBe('8.3');
  });

  test('names an input the engine scores at exactly that best, in every rounding mode', () => {
    const engine = createEngine();
    const rules: Rule[] = [
      belowFull,
      eightAtBest,
      levelRule([
        { id: 'a', name: { zh: '好' }, range: { min: '0.5', max: '0.825', maxInclusive: false } },
      ]),
      thresholdRule({ comparison: '<', target: 0, otherwise: 2 }),
      thresholdRule({ comparison: '>', target: 3 }),
      ratioRule({ cap: '1.5', roundRateTo: 0 }),
    ];
    for (const mode of ['half-up', 'half-even', 'half-down', 'down', 'up'] as const)
      for (const rule of rules) {
        const scheme = oneLeaf(rule, { rounding: { scale: 1, mode } });
        const best = bestLeaf(rule, decimal(10), scheme.rounding);
        const scored = engine.evaluate(scheme, { x: best.input ?? {} });
        expect(scored.ok && scored.value.total).toBe(best.score?.toFixed(1));
      }
  });

  test('refuses what is not a rule or a decimal weight', () => {
    // @ts-expect-error -- untyped code may pass anything
    expect(() => bestLeafScore(null, decimal(1))).toThrow('The argument "rule" must be');
    // @ts-expect-error -- untyped code may pass anything
    expect(() => bestLeafScore(ratioRule(), 10)).toThrow(/weight/);
  });
});

describe('grade_band_unreachable', () => {
  const grades = (min: string) => [
    { grade: '优', min },
    { grade: '差', min: 0 },
  ];

  test('a grade above the best total the scheme can give', () => {
    expect(shown(oneLeaf(eightAtBest, { grades: grades('8.5') }))[1]).toEqual({
      code: 'grade_band_unreachable',
      path: 'grades.0.min',
      zh: '等级「优」从 8.5 分起，但本方案可得的最高总分为 8.00：该等级无法达到',
      en: 'The grade "优" starts at 8.5, but the highest total the scheme can give is 8.00: no evaluation earns it',
    });
  });

  test('not one the best total reaches, nor when 不适用 is awarded in full or rescaled alone', () => {
    const codes = (scheme: Scheme) => lintScheme(scheme).map((found) => found.code);
    expect(codes(oneLeaf(eightAtBest, { grades: grades('8') }))).toEqual([
      'full_marks_unreachable',
    ]);
    expect(codes(oneLeaf(eightAtBest, { grades: grades('8.5'), notApplicable: 'full' }))).toEqual([
      'full_marks_unreachable',
    ]);
    const twoLeaves = schemeOf(
      [leaf('x', name, 10, eightAtBest), leaf('y', 'y', 10, manualRule())],
      { grades: grades('19'), notApplicable: 'rescale' },
    );
    expect(codes(twoLeaves)).toEqual(['full_marks_unreachable']);
    expect(codes({ ...twoLeaves, notApplicable: 'forbid' })).toEqual([
      'full_marks_unreachable',
      'grade_band_unreachable',
    ]);
  });
});

describe('grade_band_swallowed', () => {
  const hundred = [leaf('x', name, 100, manualRule())];
  const grades = (min: string) => [
    { grade: '优', min: 90 },
    { grade: '良', min },
    { grade: '差', min: 0 },
  ];

  test('a band the score scale leaves without a total, every one taken by the band above', () => {
    expect(shown(schemeOf(hundred, { grades: grades('89.995') }))).toEqual([
      {
        code: 'grade_band_swallowed',
        path: 'grades.1.min',
        zh: '等级「良」从 89.995 分起、到 90 分止，但总分保留 2 位小数，其中没有可得的总分：89.995 分以上的总分至少为 90.00，都属于等级「优」',
        en: 'The grade "良" runs from 89.995 to 90, but totals have 2 decimal places and none lies in it: a total of 89.995 or more is at least 90.00, graded "优"',
      },
    ]);
  });

  test('not a band that holds a total on the scale', () => {
    expect(shown(schemeOf(hundred, { grades: grades('89.99') }))).toEqual([]);
    const wholeNumbers = { scale: 0, mode: 'half-up' } as const;
    expect(
      lintScheme(schemeOf(hundred, { grades: grades('89.5'), rounding: wholeNumbers })).map(
        (found) => found.code,
      ),
    ).toEqual(['grade_band_swallowed']);
    expect(lintScheme(schemeOf(hundred, { grades: grades('89'), rounding: wholeNumbers }))).toEqual(
      [],
    );
  });
});

describe('review_below_cap', () => {
  test('a ratio rule flagging completion for review below the cap that earns full marks', () => {
    expect(shown(oneLeaf(ratioRule({ cap: '1.5' })))).toEqual([
      {
        code: 'review_below_cap',
        path: 'indicators.0.rule.reviewAbove',
        zh: '「满意度」完成率达到 120% 即提示复核，低于得满分的完成率 150%：按要求完成也会被提示',
        en: '"satisfaction" is flagged for review from 120%, below the 150% that earns full marks: meeting the target is flagged',
      },
    ]);
  });

  test('not one at or above the cap, nor one without a review', () => {
    expect(shown(oneLeaf(ratioRule()))).toEqual([]);
    expect(shown(oneLeaf(ratioRule({ cap: '1.2' })))).toEqual([]);
    expect(shown(oneLeaf(ratioRule({ cap: '1.5', reviewAbove: false })))).toEqual([]);
  });
});

describe('level_ranges_overlap', () => {
  const levels = (maxInclusive: boolean) =>
    levelRule([
      { id: 'a', name: { zh: '达成', en: 'achieved' }, range: { min: '0.8', max: 1 } },
      {
        id: 'b',
        name: { zh: '部分达成', en: 'partly achieved' },
        range: { min: '0.6', max: '0.8', maxInclusive },
      },
    ]);

  test('a range sharing scores with another level', () => {
    expect(shown(oneLeaf(levels(true)))).toEqual([
      {
        code: 'level_ranges_overlap',
        path: 'indicators.0.rule.levels.1.award',
        zh: '「满意度」的等级「部分达成」[6, 8] 与「达成」[8, 10] 的得分区间重叠',
        en: 'In "satisfaction", the level "partly achieved" [6, 8] overlaps "achieved" [8, 10]',
      },
    ]);
  });

  test('not ranges that only meet, nor the national levels', () => {
    expect(shown(oneLeaf(levels(false)))).toEqual([]);
    expect(shown(oneLeaf(nationalLevelRule()))).toEqual([]);
  });
});

describe('deduction_exceeds_weight', () => {
  test('a deduction limit above the weight', () => {
    expect(shown(oneLeaf(deductionRule({ pointsEach: 2, maxDeduction: 12 })))).toEqual([
      {
        code: 'deduction_exceeds_weight',
        path: 'indicators.0.rule.maxDeduction',
        zh: '「满意度」最多扣 12 分，超过其分值 10：扣分至多扣完分值为止',
        en: '"satisfaction" deducts at most 12, more than its weight 10: no more than the weight is ever deducted',
      },
    ]);
  });

  test('not one at or below it, nor one without a limit', () => {
    expect(shown(oneLeaf(deductionRule({ pointsEach: 2, maxDeduction: 10 })))).toEqual([]);
    expect(shown(oneLeaf(deductionRule({ pointsEach: 2 })))).toEqual([]);
  });
});

describe('child_share_exceeded', () => {
  const unbalanced = schemeOf([
    category('c', { zh: '产出', en: 'outputs' }, 20, [
      leaf('x', name, 12, manualRule()),
      leaf('y', 'y', 8, manualRule()),
    ]),
    category('d', 'd', 5, [leaf('z', 'z', 5, manualRule())]),
  ]);

  test('a child carrying more than the share allowed, with maxShare', () => {
    expect(shown(unbalanced, { maxShare: '0.5' })).toEqual([
      {
        code: 'child_share_exceeded',
        path: 'indicators.0.children.0.weight',
        zh: '「满意度」的分值 12 占「产出」分值 20 的 60%，超过允许的 50%',
        en: '"satisfaction" carries 12 of the 20 of "outputs" (60%), more than the 50% allowed',
      },
    ]);
  });

  test('off by default, and not for a share within the limit or an only child', () => {
    expect(shown(unbalanced)).toEqual([]);
    expect(shown(unbalanced, { maxShare: '0.6' })).toEqual([]);
  });

  test('refuses a share that is not a decimal above 0 and at most 1', () => {
    for (const maxShare of ['0', '1.5', 'half', null])
      // @ts-expect-error -- untyped code may pass anything
      expect(() => lintScheme(unbalanced, { maxShare })).toThrow(
        'The argument "options.maxShare" must be a decimal above 0 and at most 1',
      );
  });
});

test('lintScheme refuses what is not a scheme', () => {
  // @ts-expect-error -- untyped code may pass anything
  expect(() => lintScheme({})).toThrow('The argument "scheme" must be a scheme');
});
