import { describe, expect, test } from 'vitest';
import { evaluateOneLeaf, scoreOneLeaf } from '../../../test/support/oneLeaf.js';
import { decimal } from '../../decimal/decimal.js';
import { manualRule } from './manualRule.js';

describe('manual', () => {
  test('an evaluator score below the weight is kept as given, with its reason as a finding', () => {
    const node = scoreOneLeaf(manualRule(), '10', { score: decimal('6'), reason: '部分已完成' });
    expect([node.score, node.findings.map((found) => found.code)]).toEqual([
      '6.00',
      ['judged_below_weight'],
    ]);
    expect(scoreOneLeaf(manualRule(), '10', { score: decimal('10') }).findings).toEqual([]);
  });

  test('a score below the weight needs a reason; one outside [0, weight] is an issue', () => {
    const codes = (score: string) => {
      const result = evaluateOneLeaf(manualRule(), '10', { score: decimal(score) });
      return result.ok ? [] : result.issues.map((found) => `${found.code} ${found.path.join('.')}`);
    };
    expect([codes('6'), codes('10.01'), codes('-1')]).toEqual([
      ['reason_required inputs.x.reason'],
      ['score_out_of_range inputs.x.score'],
      ['score_out_of_range inputs.x.score'],
    ]);
  });
});
