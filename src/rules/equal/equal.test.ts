import { describe, expect, test } from 'vitest';
import { oneLeafScheme } from '../../../test/support/oneLeaf.js';
import { decimal } from '../../decimal/decimal.js';
import { createEngine } from '../../index.js';
import { equalRule } from './equalRule.js';

describe('equal', () => {
  test('a zero target: 0 → full, anything above → 0; a positive target scores as 正向', () => {
    const engine = createEngine();
    const run = (actual: string, target?: string) =>
      engine.evaluate(oneLeafScheme(equalRule(target === undefined ? {} : { target })), {
        x: { actual: decimal(actual), ...(target === undefined ? { target: decimal('0') } : {}) },
      });
    const scoreOf = (result: ReturnType<typeof run>) =>
      result.ok ? result.value.total : result.issues[0].code;
    expect([
      scoreOf(run('0')),
      scoreOf(run('1')),
      scoreOf(run('9', '10')),
      scoreOf(run('12', '10')),
    ]).toEqual(['10.00', '0.00', '9.00', '10.00']);
  });
});

describe('equal: a deviation reason when the target is missed', () => {
  const outcome = (actual: string, target: string) => {
    const rule = equalRule({ deviationReason: { whenMissed: true } });
    const result = createEngine().evaluate(oneLeafScheme(rule), {
      x: { actual: decimal(actual), target: decimal(target) },
    });
    return result.ok ? result.value.total : result.issues.map((found) => found.code).join(' ');
  };

  test('missed below a positive target, or above a zero one; met at the target', () => {
    expect([
      outcome('342', '342'),
      outcome('341.99', '342'),
      outcome('0', '0'),
      outcome('1', '0'),
    ]).toEqual(['10.00', 'deviation_reason_required', '10.00', 'deviation_reason_required']);
  });
});
