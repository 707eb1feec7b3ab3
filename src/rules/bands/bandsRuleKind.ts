import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue, IssuePath } from '../../issues/Issue.js';
import type { DescribedRuleKind } from '../RuleKind.js';
import { checkAtMostWeight, invalidParameter, ONE } from '../support/ruleSupport.js';
import { type BandsRule, awardOf } from './bandsRule.js';
import { describeBands } from './describeBands.js';
import { evaluateBands } from './evaluateBands.js';

function validateBands(rule: BandsRule, weight: Dec, path: IssuePath): readonly Issue[] {
  const issues: Issue[] = [];
  if (rule.bands.length === 0)
    issues.push(
      invalidParameter([...path, 'bands'], '至少需要一个分档', 'at least one band is needed'),
    );
  rule.bands.forEach((band, index) => {
    const bandPath = [...path, 'bands', index];
    if ('points' in band.award)
      issues.push(
        ...checkAtMostWeight(band.award.points, weight, [...bandPath, 'award', 'points'], 'points'),
      );
    else if (band.award.fraction.isNegative() || band.award.fraction.greaterThan(ONE)) {
      issues.push(
        invalidParameter(
          [...bandPath, 'award', 'fraction'],
          'fraction 须在 0 与 1 之间',
          'fraction must lie between 0 and 1',
        ),
      );
    }
    if (band.from !== undefined && band.to !== undefined) {
      const empty =
        band.from.value.greaterThan(band.to.value) ||
        (band.from.value.equals(band.to.value) && !(band.from.inclusive && band.to.inclusive));
      if (empty)
        issues.push(
          invalidParameter(
            bandPath,
            '分档为空：下限须小于上限',
            'the band is empty: its lower bound must be below its upper bound',
          ),
        );
    }
    if (index > 0 && band.from === undefined)
      issues.push(
        invalidParameter(
          [...bandPath, 'from'],
          '只有第一档可以没有下限',
          'only the first band may be open below',
        ),
      );
    if (index < rule.bands.length - 1 && band.to === undefined)
      issues.push(
        invalidParameter(
          [...bandPath, 'to'],
          '只有最后一档可以没有上限',
          'only the last band may be open above',
        ),
      );
    const next = rule.bands[index + 1];
    if (next?.from !== undefined && band.to !== undefined) {
      const meets =
        band.to.value.equals(next.from.value) && band.to.inclusive !== next.from.inclusive;
      if (!meets) {
        issues.push(
          createIssue(
            'bands_not_contiguous',
            [...path, 'bands', index + 1, 'from'],
            {
              zh: `第 ${index + 1} 档与第 ${index + 2} 档之间有空隙或重叠：上一档的上限须等于下一档的下限，且恰好一侧包含端点`,
              en: `Bands ${index + 1} and ${index + 2} leave a gap or overlap: a band must start where the previous one ends, with the bound in exactly one of them`,
            },
            {
              expected: `from ${formatDecimal(band.to.value)} (${band.to.inclusive ? 'exclusive' : 'inclusive'})`,
              received: `${formatDecimal(next.from.value)} (${next.from.inclusive ? 'inclusive' : 'exclusive'})`,
            },
          ),
        );
      }
    }
  });
  return issues;
}

/**
 * The `bands` rule kind (分档计分).
 *
 * @example
 * bandsRuleKind.inputFields; // → ['actual', 'target']
 */
export const bandsRuleKind: DescribedRuleKind<BandsRule> = {
  kind: 'bands',
  inputFields: ['actual', 'target'],
  directionOf(rule) {
    const awards = rule.bands.map((band) =>
      'points' in band.award ? band.award.points : band.award.fraction,
    );
    const rising = awards.every(
      (award, index) => index === 0 || award.greaterThanOrEqualTo(awards[index - 1] ?? award),
    );
    const falling = awards.every(
      (award, index) => index === 0 || award.lessThanOrEqualTo(awards[index - 1] ?? award),
    );
    // Mixed points and fractions cannot be compared without the weight; such rules declare no direction.
    const uniform = rule.bands.every(
      (band) => 'points' in band.award === 'points' in (rule.bands[0]?.award ?? band.award),
    );
    return !uniform ? 'none' : rising ? 'increasing' : falling ? 'decreasing' : 'none';
  },
  shapeOf: (rule, weight) => ({
    type: 'stepwise',
    steps: rule.bands.map((band) => awardOf(band, weight)),
  }),
  validateRule: validateBands,
  pointsOf: (rule) =>
    rule.bands.flatMap((band, index) =>
      'points' in band.award
        ? [{ path: ['bands', index, 'award', 'points'], value: band.award.points }]
        : [],
    ),
  evaluate: evaluateBands,
  describe: describeBands,
};
