import { describe, expect, test } from 'vitest';
import { oneLeafScheme } from '../../../test/support/oneLeaf.js';
import { createEngine } from '../../index.js';
import { thresholdRule } from './thresholdRule.js';

describe('threshold', () => {
  test('a yes/no threshold reads an answer and awards the declared lower score on a no', () => {
    const engine = createEngine();
    const rule = thresholdRule({ comparison: 'yes', otherwise: 1 });
    const totals = [true, false].map((answer) => {
      const result = engine.evaluate(oneLeafScheme(rule), { x: { answer } });
      return result.ok ? result.value.total : 'failed';
    });
    expect(totals).toEqual(['10.00', '1.00']);
  });
});
