import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import type { DescribedRuleKind } from '../RuleKind.js';
import { invalidParameter, ONE } from '../support/ruleSupport.js';
import { describeLevel } from './describeLevel.js';
import { evaluateLevel } from './evaluateLevel.js';
import { type LevelRule, inRangeNonEmpty } from './levelRule.js';

/**
 * The `level` rule kind (定性 / 完成情况).
 *
 * @example
 * levelRuleKind.inputFields; // → ['level', 'score', 'reason']
 */
export const levelRuleKind: DescribedRuleKind<LevelRule> = {
  kind: 'level',
  inputFields: ['level', 'score', 'reason'],
  directionOf: () => 'none',
  validateRule(rule, _weight, path) {
    const issues: Issue[] = [];
    if (rule.levels.length === 0)
      issues.push(
        invalidParameter([...path, 'levels'], '至少需要一个等级', 'at least one level is needed'),
      );
    const seen = new Set<string>();
    rule.levels.forEach((level, index) => {
      const levelPath = [...path, 'levels', index];
      if (seen.has(level.id)) {
        issues.push(
          createIssue(
            'duplicate_id',
            [...levelPath, 'id'],
            { zh: `等级 id 重复：${level.id}`, en: `Duplicate level id: ${level.id}` },
            { received: level.id },
          ),
        );
      }
      seen.add(level.id);
      const fractions =
        'fraction' in level.award
          ? [level.award.fraction]
          : [level.award.range.min, level.award.range.max];
      if (fractions.some((fraction) => fraction.isNegative() || fraction.greaterThan(ONE))) {
        issues.push(
          invalidParameter(
            [...levelPath, 'award'],
            '比例须在 0 与 1 之间',
            'fractions must lie between 0 and 1',
          ),
        );
      }
      if ('range' in level.award && !inRangeNonEmpty(level.award.range)) {
        issues.push(
          invalidParameter(
            [...levelPath, 'award', 'range'],
            '区间为空：min 须小于 max',
            'the range is empty: min must be below max',
          ),
        );
      }
    });
    return issues;
  },
  evaluate: evaluateLevel,
  describe: describeLevel,
};
