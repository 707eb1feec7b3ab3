import { describe, expect, test } from 'vitest';
import {
  evaluateOneLeaf,
  leafOf,
  oneLeafScheme,
  scoreOneLeaf,
} from '../../../test/support/oneLeaf.js';
import { decimal } from '../../decimal/decimal.js';
import { createEngine, explain, explainLeaf, type Evaluation, type Result } from '../../index.js';
import { ratioRule } from './ratioRule.js';

describe('ratio: worked examples from the reference report and real tables', () => {
  test("a kind's evaluate returns the working-precision score, also for an untyped context without a rounding policy", () => {
    const kind = createEngine().ruleKind('ratio');
    if (kind === undefined) throw new Error('ratio kind');
    const input = { actual: decimal('23,033.06'), target: decimal('23,135.18') };
    const full = '9.955859431394093324538646338606399431515';
    const scored = kind.evaluate(ratioRule(), input, {
      weight: decimal(10),
      rounding: { scale: 2, mode: 'half-up' },
      path: ['inputs', 'x'],
    });
    expect(scored.ok && scored.value.score.toSignificantDigits(40).toFixed()).toBe(full);
    const untyped: unknown = { weight: decimal(10), path: ['inputs', 'x'] };
    // @ts-expect-error -- an untyped caller's context, without `rounding`
    const bare = kind.evaluate(ratioRule(), input, untyped);
    expect(bare.ok && bare.value.score.toSignificantDigits(40).toFixed()).toBe(full);
  });

  test('budget execution 23,033.06 / 23,135.18, weight 10 → 9.96, rate 99.56%, 得分率 99.60%', () => {
    const rule = ratioRule({ rateLabel: { zh: '支出率', en: 'execution rate' } });
    const result = evaluateOneLeaf(rule, '10', {
      actual: decimal('23,033.06'),
      target: decimal('23,135.18'),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const node = leafOf(result.value);
    expect(node.score).toBe('9.96');
    expect(node.scoreRatePercent).toBe('99.60');
    expect(node.trace[0]?.result).toEqual({
      value: '0.9955859431394093324538646338606399431515',
      unit: 'percent',
    });
    expect(explain(result.value)[0]?.text).toBe(
      '支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96',
    );
    expect(explain(result.value, { lang: 'en' })[0]?.text).toBe(
      'execution rate = 23,033.06 ÷ 23,135.18 = 99.56%; score = 10 × 99.56% = 9.96',
    );
  });

  test('a score on a rounding midpoint is exact: 3 × 0.025 ÷ 3 = 0.025 → 0.03 half-up', () => {
    // Dividing first would give 3 × 0.008333…3 = 0.024999…9 → 0.02.
    const input = { actual: decimal('0.025'), target: decimal('3') };
    expect(scoreOneLeaf(ratioRule(), '3', input).score).toBe('0.03');
  });

  test('绥阳县太白镇 2021: 1,268.72 / 1,172.55 → capped at 10, rate 108.20%', () => {
    const input = { actual: decimal('1,268.72'), target: decimal('1,172.55') };
    const node = scoreOneLeaf(ratioRule(), '10', input);
    expect(node.score).toBe('10.00');
    expect(explainLeaf(node)).toBe(
      '完成率 = 1,268.72 ÷ 1,172.55 = 108.20%；计分完成率 = min(108.20%, 100%) = 100%；' +
        '得分 = 10 × 100% = 10.00',
    );
    expect(node.findings).toEqual([]);
  });

  test('重庆 2021: 执行率 76% × 10 → 7.6', () => {
    const input = { actual: decimal('76%'), target: decimal('100%') };
    const node = scoreOneLeaf(ratioRule(), '10', input);
    expect(node.score).toBe('7.60');
    expect(node.scoreRatePercent).toBe('76.00');
  });
});

describe('ratio: parameters', () => {
  test('over-achievement (≥ 120% of target) is flagged for review; the rule sets the level', () => {
    const target = decimal('2,100');
    const flagged = createEngine().evaluate(oneLeafScheme(ratioRule()), {
      x: { actual: decimal('2,520'), target },
    });
    const justUnder = createEngine().evaluate(oneLeafScheme(ratioRule()), {
      x: { actual: decimal('2,502.22'), target },
    });
    const stricter = createEngine().evaluate(oneLeafScheme(ratioRule({ reviewAbove: '1.1' })), {
      x: { actual: decimal('2,502.22'), target },
    });
    const codes = (result: Result<Evaluation>) =>
      result.ok && result.value.indicators[0]?.type === 'leaf'
        ? result.value.indicators[0].findings.map((found) => found.code)
        : ['failed'];
    expect([codes(flagged), codes(justUnder), codes(stricter)]).toEqual([
      ['over_achievement_review'],
      [],
      ['over_achievement_review'],
    ]);
  });

  test('rounding the rate first is a declared option: 99.56% × 10 = 9.956 → 9.96', () => {
    const result = createEngine().evaluate(oneLeafScheme(ratioRule({ roundRateTo: 4 })), {
      x: { actual: decimal('23033.06'), target: decimal('23135.18') },
    });
    const node = result.ok ? result.value.indicators[0] : undefined;
    expect(
      node?.type === 'leaf' ? [node.score, node.trace.map((each) => each.result.value)] : [],
    ).toEqual(['9.96', ['0.9955859431394093324538646338606399431515', '0.9956', '9.956', '9.96']]);
  });
});

describe('ratio: a deviation reason when the target is missed', () => {
  const outcome = (cap: string, actual: string, target: string) => {
    const rule = ratioRule({ cap, deviationReason: { whenMissed: true } });
    const result = evaluateOneLeaf(rule, '10', {
      actual: decimal(actual),
      target: decimal(target),
    });
    return result.ok
      ? `score ${leafOf(result.value).score ?? '—'}`
      : result.issues.map((found) => `${found.code} ${found.path.join('.')} ${found.message.zh}`);
  };

  test('cap 150%: 342 of 342 meets the target, so no reason is needed (scored on the cap)', () => {
    expect(outcome('1.5', '342', '342')).toBe('score 6.67');
  });

  test('cap 80%: 85 of 100 misses the target, so a reason is needed (though at full marks)', () => {
    expect(outcome('0.8', '85', '100')).toEqual([
      'deviation_reason_required inputs.x.reason 未完成年度指标值，须说明偏差原因',
    ]);
  });

  test('at the target no reason is needed; a hair below it one is, whatever the cap', () => {
    expect(['0.8', '1', '1.5'].map((cap) => outcome(cap, '100', '100'))).toEqual([
      'score 10.00',
      'score 10.00',
      'score 6.67',
    ]);
    expect(['0.8', '1', '1.5'].map((cap) => outcome(cap, '99.99', '100'))).toEqual(
      Array.from({ length: 3 }, () => [
        'deviation_reason_required inputs.x.reason 未完成年度指标值，须说明偏差原因',
      ]),
    );
  });
});
