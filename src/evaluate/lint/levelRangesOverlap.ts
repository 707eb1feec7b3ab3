import { compareDecimals } from '../../decimal/compareDecimals.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { isBuiltInRule } from '../../rules/isBuiltInRule.js';
import { rangeText, type FractionRange, type Level } from '../../rules/level/levelRule.js';
import type { LintContext } from './LintContext.js';
import { nodeName } from './nodeName.js';

/** A level's award as a range of fractions (a fixed fraction is a range of one point). */
function rangeOf(level: Level): FractionRange {
  return 'range' in level.award
    ? level.award.range
    : {
        min: level.award.fraction,
        max: level.award.fraction,
        minInclusive: true,
        maxInclusive: true,
      };
}

/** Whether two ranges of fractions share a point. */
function overlap(first: FractionRange, second: FractionRange): boolean {
  const byMin = compareDecimals(first.min, second.min);
  const lower = byMin > 0 ? first : second;
  const lowInclusive = byMin === 0 ? first.minInclusive && second.minInclusive : lower.minInclusive;
  const byMax = compareDecimals(first.max, second.max);
  const upper = byMax < 0 ? first : second;
  const highInclusive =
    byMax === 0 ? first.maxInclusive && second.maxInclusive : upper.maxInclusive;
  const span = compareDecimals(lower.min, upper.max);
  return span < 0 || (span === 0 && lowInclusive && highInclusive);
}

/**
 * `level_ranges_overlap`: a qualitative (level) rule in which a level scored within a range
 * shares scores with another level, so that one score belongs to two levels.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns one issue per overlapping pair, at the later level's award
 *
 * @example
 * levelRangesOverlap(context); // → [{ code: 'level_ranges_overlap', path: ['indicators', 0, 'rule', 'levels', 1, 'award'], … }]
 *
 * @internal
 */
export function levelRangesOverlap(context: LintContext): readonly Issue[] {
  return context.leaves.flatMap(({ path, node }) => {
    const { rule } = node;
    if (!isBuiltInRule(rule) || rule.kind !== 'level') return [];
    const issues: Issue[] = [];
    rule.levels.forEach((level, index) => {
      rule.levels.slice(0, index).forEach((earlier) => {
        if (!('range' in level.award) && !('range' in earlier.award)) return;
        const [mine, theirs] = [rangeOf(level), rangeOf(earlier)];
        if (!overlap(mine, theirs)) return;
        const name = nodeName(node.name);
        const [levelName, earlierName] = [nodeName(level.name), nodeName(earlier.name)];
        const [shownMine, shownTheirs] = [
          rangeText(mine, node.weight),
          rangeText(theirs, node.weight),
        ];
        issues.push(
          createIssue(
            'level_ranges_overlap',
            [...path, 'rule', 'levels', index, 'award'],
            {
              zh: `「${name.zh}」的等级「${levelName.zh}」${shownMine} 与「${earlierName.zh}」${shownTheirs} 的得分区间重叠`,
              en: `In "${name.en}", the level "${levelName.en}" ${shownMine} overlaps "${earlierName.en}" ${shownTheirs}`,
            },
            { expected: `no score shared with ${shownTheirs}`, received: shownMine },
          ),
        );
      });
    });
    return issues;
  });
}
