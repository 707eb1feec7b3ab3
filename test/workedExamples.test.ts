import { describe, expect, test } from 'vitest';
import {
  decimal,
  deductionRule,
  defineScheme,
  evaluate,
  explain,
  explainLeaf,
  leaf,
  levelRule,
  ratioRule,
  reverseRule,
  type Evaluation,
  type Inputs,
  type LeafResult,
  type Rule,
} from '../src/index.js';

function single(rule: Rule, weight: string, input: Inputs[string]) {
  const scheme = defineScheme({ id: 't', version: '1', title: 't', fullMarks: weight, grades: [{ grade: '-', min: 0 }], indicators: [leaf('x', '指标', weight, rule)] });
  return evaluate(scheme, { x: input });
}

function leafOf(evaluation: Evaluation): LeafResult {
  const node = evaluation.indicators[0];
  if (node?.type !== 'leaf') throw new Error('expected a leaf');
  return node;
}

describe('worked examples from the reference report and real tables', () => {
  test('budget execution 23,033.06 / 23,135.18 on weight 10 → 9.96, rate 99.56%, 得分率 99.60%', () => {
    const result = single(ratioRule({ rateLabel: { zh: '支出率', en: 'execution rate' } }), '10', { actual: decimal('23,033.06'), target: decimal('23,135.18') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const node = leafOf(result.value);
    expect(node.score).toBe('9.96');
    expect(node.scoreRatePercent).toBe('99.60');
    expect(node.trace[0]?.result).toEqual({ value: '0.9955859431394093324538646338606399431515', unit: 'percent' });
    expect(explain(result.value)[0]?.text).toBe('支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96');
    expect(explain(result.value, { lang: 'en' })[0]?.text).toBe('execution rate = 23,033.06 ÷ 23,135.18 = 99.56%; score = 10 × 99.56% = 9.96');
  });

  test('a score exactly on a rounding midpoint is exact: 3 × 0.025 ÷ 3 = 0.025 → 0.03 half-up', () => {
    // Dividing first would give 3 × 0.008333…3 = 0.024999…9 → 0.02.
    expect(scored(ratioRule(), '3', { actual: decimal('0.025'), target: decimal('3') }).score).toBe('0.03');
    expect(scored(reverseRule({ formula: { type: 'inverse' } }), '0.025', { actual: decimal('3'), target: decimal('1') }).score).toBe('0.01');
  });

  test('绥阳县太白镇 2021: 1,268.72 / 1,172.55 → capped at 10, rate 108.20%', () => {
    const node = scored(ratioRule(), '10', { actual: decimal('1,268.72'), target: decimal('1,172.55') });
    expect(node.score).toBe('10.00');
    expect(explainLeaf(node)).toBe('完成率 = 1,268.72 ÷ 1,172.55 = 108.20%；计分完成率 = min(108.20%, 100%) = 100%；得分 = 10 × 100% = 10.00');
    expect(node.findings).toEqual([]);
  });

  test('重庆 2021: 执行率 76% × 10 → 7.6', () => {
    const node = scored(ratioRule(), '10', { actual: decimal('76%'), target: decimal('100%') });
    expect(node.score).toBe('7.60');
    expect(node.scoreRatePercent).toBe('76.00');
  });

  test('三公 27.90 against a budget of 28.54 under a reverse rule → full marks, control rate 97.76%', () => {
    const node = scored(reverseRule(), '2', { actual: decimal('27.90'), target: decimal('28.54') });
    expect(node.score).toBe('2.00');
    expect(explainLeaf(node)).toBe('控制率 = 27.9 ÷ 28.54 = 97.76%；27.9 ≤ 28.54：成立；得分 = 2.00（未超过目标值，得满分）');
  });

  test('reverse linear at 1.5 × target on weight 2 → 1', () => {
    const node = scored(reverseRule({ formula: { type: 'linear' } }), '2', { actual: decimal('150'), target: decimal('100') });
    expect(node.score).toBe('1.00');
    expect(explainLeaf(node, 'en')).toBe('control rate = 150 ÷ 100 = 150%; 150 ≤ 100: does not hold; excess ratio = 50 ÷ 100 = 50%; score = 2 × 50% = 1.00');
  });

  test('reverse at or beyond twice the target → 0; inverse → weight × target ÷ actual', () => {
    expect(scored(reverseRule(), '2', { actual: decimal('200'), target: decimal('100') }).score).toBe('0.00');
    expect(scored(reverseRule({ formula: { type: 'inverse' } }), '2', { actual: decimal('125'), target: decimal('100') }).score).toBe('1.60');
  });

  test('reverse per point: 每超过一个百分点扣0.5分，扣完为止', () => {
    const whole = reverseRule({ formula: { type: 'perPoint', points: '0.5' } });
    expect(scored(whole, '5', { actual: decimal('103.5%'), target: decimal('100%') }).score).toBe('3.50');
    const interpolated = reverseRule({ formula: { type: 'perPoint', points: '0.5', interpolate: true } });
    expect(scored(interpolated, '5', { actual: decimal('103.5%'), target: decimal('100%') }).score).toBe('3.25');
    expect(scored(whole, '5', { actual: decimal('130%'), target: decimal('100%') }).score).toBe('0.00');
  });

  test('deduction 3 × 0.5 from 2 → 0.5; 5 × 0.5 → 0 (扣完为止)', () => {
    expect(scored(deductionRule({ pointsEach: '0.5' }), '2', { occurrences: 3 }).score).toBe('0.50');
    const floored = scored(deductionRule({ pointsEach: '0.5' }), '2', { occurrences: 5 });
    expect(floored.score).toBe('0.00');
    expect(explainLeaf(floored)).toBe('扣分 = 5 × 0.5 = 2.5；实扣分 = min(2.5, 2) = 2；得分 = 2 − 2 = 0.00');
  });

  test('a level score outside its range is an issue, inside it needs a reason', () => {
    const rule = levelRule([
      { id: 'done', name: { zh: '完成' }, fraction: 1 },
      { id: 'partial', name: { zh: '部分完成' }, range: { min: 0, max: 1, minInclusive: false, maxInclusive: false } },
    ]);
    const outside = single(rule, '7', { level: 'partial', score: decimal('7'), reason: '部分已完成' });
    expect(outside.ok).toBe(false);
    if (outside.ok) return;
    expect(outside.issues.map((found) => [found.code, found.path.join('.'), found.expected])).toEqual([['score_outside_level_range', 'inputs.x.score', '(0, 7)']]);
    expect(outside.issues[0]?.message.zh).toBe('等级「部分完成」的得分须在 (0, 7) 之内，收到 7');
    const noReason = single(rule, '7', { level: '部分完成', score: decimal('6') });
    expect(noReason.ok ? [] : noReason.issues.map((found) => found.code)).toEqual(['reason_required']);
    expect(scored(rule, '7', { level: '部分完成', score: decimal('6'), reason: '部分已完成' }).score).toBe('6.00');
  });
});

function scored(rule: Rule, weight: string, input: Inputs[string]): LeafResult {
  const result = single(rule, weight, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return leafOf(result.value);
}
