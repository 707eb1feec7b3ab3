import { describe, expect, test } from 'vitest';
import { evaluateOneLeaf, scoreOneLeaf } from '../../../test/support/oneLeaf.js';
import { decimal } from '../../decimal/decimal.js';
import { explainLeaf } from '../../index.js';
import { reverseRule } from './reverseRule.js';

const measured = (actual: string, target: string) => ({
  actual: decimal(actual),
  target: decimal(target),
});

describe('reverse: worked examples from the reference report and real tables', () => {
  test('a score on a rounding midpoint is exact: inverse 0.03 × 2.5 ÷ 3 = 0.025 → 0.03', () => {
    // Dividing first would give 0.03 × 0.8333…3 = 0.0249999…9 → 0.02.
    const rule = reverseRule({ formula: { type: 'inverse' } });
    expect(scoreOneLeaf(rule, '0.03', measured('3', '2.5')).score).toBe('0.03');
  });

  test('三公 27.90 against a budget of 28.54 under a reverse rule → full marks, 控制率 97.76%', () => {
    const node = scoreOneLeaf(reverseRule(), '2', measured('27.90', '28.54'));
    expect(node.score).toBe('2.00');
    expect(explainLeaf(node)).toBe(
      '控制率 = 27.9 ÷ 28.54 = 97.76%；27.9 ≤ 28.54：成立；得分 = 2.00（未超过目标值，得满分）',
    );
  });

  test('reverse linear at 1.5 × target on weight 2 → 1', () => {
    const linear = reverseRule({ formula: { type: 'linear' } });
    const node = scoreOneLeaf(linear, '2', measured('150', '100'));
    expect(node.score).toBe('1.00');
    expect(explainLeaf(node, 'en')).toBe(
      'control rate = 150 ÷ 100 = 150%; 150 ≤ 100: does not hold; ' +
        'excess ratio = 50 ÷ 100 = 50%; score = 2 × 50% = 1.00',
    );
  });

  test('reverse at or beyond twice the target → 0; inverse → weight × target ÷ actual', () => {
    expect(scoreOneLeaf(reverseRule(), '2', measured('200', '100')).score).toBe('0.00');
    const inverse = reverseRule({ formula: { type: 'inverse' } });
    expect(scoreOneLeaf(inverse, '2', measured('125', '100')).score).toBe('1.60');
  });

  test('reverse per point: 每超过一个百分点扣0.5分，扣完为止', () => {
    const whole = reverseRule({ formula: { type: 'perPoint', points: '0.5' } });
    expect(scoreOneLeaf(whole, '5', measured('103.5%', '100%')).score).toBe('3.50');
    const interpolated = reverseRule({
      formula: { type: 'perPoint', points: '0.5', interpolate: true },
    });
    expect(scoreOneLeaf(interpolated, '5', measured('103.5%', '100%')).score).toBe('3.25');
    expect(scoreOneLeaf(whole, '5', measured('130%', '100%')).score).toBe('0.00');
  });
});

describe('reverse: a deviation reason when the limit is exceeded', () => {
  test('at the limit none is needed; above it one is', () => {
    const rule = reverseRule({
      target: '5%',
      unit: 'percent',
      deviationReason: { whenMissed: true },
    });
    const outcome = (actual: string) => {
      const result = evaluateOneLeaf(rule, '2', { actual: decimal(actual) });
      return result.ok ? result.value.total : result.issues.map((found) => found.code).join(' ');
    };
    expect([outcome('5%'), outcome('5.01%')]).toEqual(['2.00', 'deviation_reason_required']);
  });
});
