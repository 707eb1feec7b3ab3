import { describe, expect, test } from 'vitest';
import { scoreOneLeaf } from '../../../test/support/oneLeaf.js';
import { explainLeaf } from '../../index.js';
import { deductionRule } from './deductionRule.js';

describe('deduction', () => {
  test('deduction 3 × 0.5 from 2 → 0.5; 5 × 0.5 → 0 (扣完为止)', () => {
    expect(scoreOneLeaf(deductionRule({ pointsEach: '0.5' }), '2', { occurrences: 3 }).score).toBe(
      '0.50',
    );
    const floored = scoreOneLeaf(deductionRule({ pointsEach: '0.5' }), '2', { occurrences: 5 });
    expect(floored.score).toBe('0.00');
    expect(explainLeaf(floored)).toBe(
      '扣分 = 5 × 0.5 = 2.5；实扣分 = min(2.5, 2) = 2；得分 = 2 − 2 = 0.00',
    );
  });
});
