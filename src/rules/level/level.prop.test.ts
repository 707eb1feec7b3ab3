import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  propertyRuns,
  ruleCases,
  scoreCase,
  testRuleLaws,
} from '../../../test/support/ruleCases.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { levelArbitrary } from './levelArbitrary.js';
import { levelRuleKind } from './levelRuleKind.js';

describe('level: properties', () => {
  testRuleLaws(levelRuleKind, levelArbitrary);

  test('a fixed level gives exactly fraction × weight; a ranged one the judged score', () => {
    fc.assert(
      fc.property(ruleCases(levelArbitrary), (ruleCase) => {
        const { rule, weight, input } = ruleCase;
        const { score, findings } = scoreCase(levelRuleKind, ruleCase);
        const level = rule.levels.find((each) => each.id === input.level);
        if (level === undefined) throw new Error(`no level ${input.level ?? '(none)'}`);
        if ('fraction' in level.award) {
          expect(formatDecimal(score)).toBe(formatDecimal(weight.times(level.award.fraction)));
          expect(findings).toEqual([]);
        } else {
          if (input.score === undefined) throw new Error('a ranged level input has a score');
          expect(formatDecimal(score)).toBe(formatDecimal(input.score));
          expect(findings.map((found) => found.code)).toEqual(['judged_within_level']);
        }
      }),
      { numRuns: propertyRuns },
    );
  });
});
