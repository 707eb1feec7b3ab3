import fc from 'fast-check';
import { JixiaoDecimal } from '../../decimal/JixiaoDecimal.js';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { levelRule, type LevelRule } from './levelRule.js';

/** The two level templates (完成/部分完成/未完成 and the national 达成 bands) and fitting inputs. */
export const levelArbitrary: RuleArbitrary<LevelRule> = {
  rule: () =>
    fc.constantFrom(
      levelRule([
        { id: 'done', name: { zh: '完成' }, fraction: 1 },
        {
          id: 'partial',
          name: { zh: '部分完成' },
          range: { min: 0, max: 1, minInclusive: false, maxInclusive: false },
        },
        { id: 'not-done', name: { zh: '未完成' }, fraction: 0 },
      ]),
      levelRule([
        { id: 'achieved', name: { zh: '达成' }, range: { min: '0.8', max: 1 } },
        {
          id: 'partly',
          name: { zh: '部分达成' },
          range: { min: '0.6', max: '0.8', maxInclusive: false },
        },
        { id: 'not', name: { zh: '未达成' }, range: { min: 0, max: '0.6', maxInclusive: false } },
      ]),
    ),
  // Range edges where they are included, points just inside where they are not, and between.
  input: (rule, weight) =>
    fc.constantFrom(...rule.levels).chain((level) => {
      const award = level.award;
      if ('fraction' in award) return fc.constant({ level: level.id });
      const { min, max, minInclusive, maxInclusive } = award.range;
      const step = new JixiaoDecimal('0.0001');
      const low = minInclusive ? min : min.plus(step);
      const high = maxInclusive ? max : max.minus(step);
      const between = decimalArbitrary({ min: 0, max: 1, scale: 4 }).map((share) =>
        JixiaoDecimal.min(JixiaoDecimal.max(share, low), high),
      );
      return fc
        .oneof(fc.constant(low), fc.constant(high), between)
        .map((share) => ({ level: level.id, score: weight.times(share), reason: '评价人判断' }));
    }),
};
