import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { ratioRuleKind } from '../rules/ratio/ratioRuleKind.js';
import { ratioRule } from '../rules/ratio/ratioRule.js';
import { defineScheme, leaf } from '../scheme/builders.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import { createEngine } from './createEngine.js';
import { isDeepFrozen } from './isDeepFrozen.js';
import { workingCopy } from './workingCopy.js';

// What one engine derives from a frozen scheme may be shared with every other engine only when
// the scheme cannot change: a getter can, and a shared copy must not be writable.
describe('working copies shared between engines', () => {
  test('a scheme holding a getter is prepared anew by a fresh engine: its change is seen', () => {
    const targets = { now: decimal(100) };
    const rule = {
      ...ratioRule(),
      get target() {
        return targets.now;
      },
    };
    const scheme = defineScheme({
      id: 'g',
      version: '1',
      title: 'g',
      fullMarks: 100,
      grades: [{ grade: '-', min: 0 }],
      indicators: [leaf('a', '指标', 100, rule)],
    });
    const inputs = { a: { actual: decimal(50) } };
    const first = createEngine().evaluate(scheme, inputs);
    targets.now = decimal(200);
    const second = createEngine().evaluate(scheme, inputs);
    expect([first.ok && first.value.total, second.ok && second.value.total]).toEqual([
      '50.00',
      '25.00',
    ]);
  });

  test('a frozen object with a getter is frozen but not remembered: its copy is made again', () => {
    const one = freezeScheme(decimal(1));
    const value = freezeScheme({
      get weight() {
        return one;
      },
      parts: [decimal(2)],
    });
    expect(isDeepFrozen(value)).toBe(true);
    expect(workingCopy(value)).not.toBe(workingCopy(value));
  });

  test('the copy a frozen scheme shares is frozen itself', () => {
    const value = freezeScheme({ weight: decimal('2.5'), parts: [decimal(2)] });
    const copy = workingCopy(value);
    expect([
      Object.isFrozen(copy),
      Object.isFrozen(copy.parts),
      Object.isFrozen(copy.weight),
    ]).toEqual([true, true, true]);
    expect(copy.weight.times(2).toString()).toBe('5');
  });

  test("a built-in kind's evaluate gives a list of findings its caller may extend", () => {
    const outcome = ratioRuleKind.evaluate(
      ratioRule(),
      { actual: decimal(50), target: decimal(100) },

      { weight: decimal(10), path: ['a'], rounding: { scale: 2, mode: 'half-up' } } as never,
    );
    expect(outcome.ok && Object.isFrozen(outcome.value.findings)).toBe(false);
  });
});
