import { describe, expect, test } from 'vitest';
import { evaluateOneLeaf, oneLeafScheme, scoreOneLeaf } from '../../../test/support/oneLeaf.js';
import { decimal } from '../../decimal/decimal.js';
import { createEngine, validateScheme } from '../../index.js';
import { levelRule, nationalLevelRule } from './levelRule.js';

const context = {
  weight: decimal(10),
  rounding: { scale: 2, mode: 'half-up' } as const,
  path: ['inputs', 'x'],
};

describe('level', () => {
  test('one rule shared by leaves of different weights scores each with its own weight, every time', () => {
    const rule = nationalLevelRule();
    const engine = createEngine();
    const kind = engine.ruleKind('level');
    if (kind === undefined) throw new Error('level kind');
    const at = (weight: string) => ({ ...context, weight: decimal(weight) });
    const ten = at('10');
    const five = at('5');
    // Alternating weights: what was worked out for one weight is never taken for the other.
    for (let round = 0; round < 3; round += 1) {
      const high = kind.evaluate(rule, { level: 'not-achieved', score: decimal('6') }, ten);
      expect(high.ok ? '' : high.issues.map((found) => found.expected)).toEqual([
        'a reason',
        '[0, 6)',
      ]);
      const low = kind.evaluate(rule, { level: 'not-achieved', score: decimal('3') }, five);
      expect(low.ok ? '' : low.issues.map((found) => found.expected)).toEqual([
        'a reason',
        '[0, 3)',
      ]);
    }
    const fixed = levelRule([{ id: 'done', name: { zh: '完成' }, fraction: '0.5' }]);
    for (let round = 0; round < 3; round += 1) {
      const a = kind.evaluate(fixed, { level: 'done' }, ten);
      const b = kind.evaluate(fixed, { level: 'done' }, five);
      expect([a.ok && a.value.score.toFixed(), b.ok && b.value.score.toFixed()]).toEqual([
        '5',
        '2.5',
      ]);
    }
  });

  test('national qualitative bands: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6)', () => {
    const rule = nationalLevelRule();
    const engine = createEngine();
    const kind = engine.ruleKind('level');
    if (kind === undefined) throw new Error('level kind');
    const score = (level: string, value: string) =>
      kind.evaluate(rule, { level, score: decimal(value), reason: '评价人判断' }, context);
    expect(score('achieved', '8').ok).toBe(true);
    expect(score('partly-achieved', '8').ok).toBe(false);
    expect(score('部分达成年度指标并具有一定效果', '7.99').ok).toBe(true);
    const low = score('not-achieved', '6');
    expect(low.ok ? '' : low.issues[0].expected).toBe('[0, 6)');
    const tooLarge = levelRule([{ id: 'a', name: { zh: 'a' }, fraction: '1.5' }]);
    expect(validateScheme(oneLeafScheme(tooLarge)).map((found) => found.code)).toEqual([
      'invalid_rule_parameter',
    ]);
  });

  test('a level score outside its range is an issue, inside it needs a reason', () => {
    const rule = levelRule([
      { id: 'done', name: { zh: '完成' }, fraction: 1 },
      {
        id: 'partial',
        name: { zh: '部分完成' },
        range: { min: 0, max: 1, minInclusive: false, maxInclusive: false },
      },
    ]);
    const outside = evaluateOneLeaf(rule, '7', {
      level: 'partial',
      score: decimal('7'),
      reason: '部分已完成',
    });
    expect(outside.ok).toBe(false);
    if (outside.ok) return;
    expect(
      outside.issues.map((found) => [found.code, found.path.join('.'), found.expected]),
    ).toEqual([['score_outside_level_range', 'inputs.x.score', '(0, 7)']]);
    expect(outside.issues[0].message.zh).toBe('等级「部分完成」的得分须在 (0, 7) 之内，收到 7');
    const noReason = evaluateOneLeaf(rule, '7', { level: '部分完成', score: decimal('6') });
    expect(noReason.ok ? [] : noReason.issues.map((found) => found.code)).toEqual([
      'reason_required',
    ]);
    const judged = { level: '部分完成', score: decimal('6'), reason: '部分已完成' };
    expect(scoreOneLeaf(rule, '7', judged).score).toBe('6.00');
  });
});
