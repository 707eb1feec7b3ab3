import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { roundingModes } from '../decimal/RoundingPolicy.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { visibleText } from '../issues/visibleText.js';
import { indicatorTreeTooDeep } from './indicatorTreeTooDeep.js';
import { isReservedId } from './reservedIds.js';
import { reservedIdIssue } from './reservedIdIssue.js';
import type { IndicatorNode, Scheme } from './Scheme.js';

/** Finds the rule kind for a `kind` string, or `undefined`. */
export type RuleKindLookup = (kind: string) => RuleKind<RuleBase> | undefined;

function sumWeights(nodes: readonly IndicatorNode<RuleBase>[]): Dec {
  return nodes.reduce((sum, node) => sum.plus(node.weight), new JixiaoDecimal(0));
}

function weightsDoNotSum(
  path: IssuePath,
  owner: { readonly zh: string; readonly en: string },
  expected: Dec,
  received: Dec,
): Issue {
  return createIssue(
    'weights_do_not_sum',
    path,
    {
      zh: `${owner.zh}的分值为 ${formatDecimal(expected)}，但其下级分值之和为 ${formatDecimal(received)}`,
      en: `${owner.en} has weight ${formatDecimal(expected)}, but its children's weights sum to ${formatDecimal(received)}`,
    },
    { expected: formatDecimal(expected), received: formatDecimal(received) },
  );
}

function placesOf(scale: number): string {
  return `at most ${String(scale)} decimal places`;
}

function weightFinerThanScale(
  path: IssuePath,
  node: IndicatorNode<RuleBase>,
  scale: number,
): Issue {
  const weight = formatDecimal(node.weight);
  const places = node.weight.decimalPlaces();
  return createIssue(
    'weight_finer_than_scale',
    path,
    {
      zh:
        `「${node.name.zh}」的分值 ${weight} 有 ${places} 位小数，` +
        `多于得分保留的 ${scale} 位小数：得分舍入后达不到满分`,
      en:
        `The weight ${weight} of "${node.name.en ?? node.name.zh}" has ${places} decimal ` +
        `places, more than the ${scale} that scores are rounded to: full marks cannot be ` +
        'reached after rounding',
    },
    { expected: placesOf(scale), received: weight },
  );
}

function pointsFinerThanScale(path: IssuePath, value: Dec, scale: number): Issue {
  const name = String(path[path.length - 1] ?? 'points');
  const points = formatDecimal(value);
  const places = value.decimalPlaces();
  return createIssue(
    'points_finer_than_scale',
    path,
    {
      zh:
        `${name} ${points} 有 ${places} 位小数，多于得分保留的 ${scale} 位小数：` +
        '由它得出的得分须舍入，与方案所定的分数不符',
      en:
        `${name} ${points} has ${places} decimal places, more than the ${scale} that scores ` +
        'are rounded to: a score made of it is rounded away from what the scheme states',
    },
    { expected: placesOf(scale), received: points },
  );
}

/**
 * Checks a scheme and returns every problem at once: weights that do not sum exactly, duplicate
 * or empty ids, negative weights, weights and rule points finer than the rounding scale (full
 * marks would be out of reach), unknown rule kinds, invalid rule parameters, grade bands out of
 * order or not reaching 0, a bad rounding policy, full marks that are not above 0, ids that are
 * reserved (`__proto__`, `constructor`, `prototype`). A tree deeper than 100 levels is one
 * `too_deep` issue, found without recursion before anything walks the tree.
 *
 * @param scheme - the scheme to check
 * @param lookup - resolves rule kinds (built-in and custom)
 * @returns the issues; empty when the scheme is valid
 */
export function validateSchemeWith(
  scheme: Scheme<RuleBase>,
  lookup: RuleKindLookup,
): readonly Issue[] {
  const tooDeep = indicatorTreeTooDeep(scheme.indicators, ['indicators']);
  if (tooDeep !== undefined) return [tooDeep];
  const issues: Issue[] = [];
  if (scheme.id.trim() === '')
    issues.push(
      createIssue('empty_id', ['id'], {
        zh: '方案 id 不能为空',
        en: 'The scheme id must not be empty',
      }),
    );
  if (scheme.version.trim() === '')
    issues.push(
      createIssue('empty_version', ['version'], {
        zh: '方案版本不能为空',
        en: 'The scheme version must not be empty',
      }),
    );
  const { scale, mode } = scheme.rounding;
  const scaleIsValid = Number.isInteger(scale) && scale >= 0 && scale <= 10;
  if (!scaleIsValid) {
    issues.push(
      createIssue(
        'invalid_rounding',
        ['rounding', 'scale'],
        {
          zh: '保留小数位数须为 0 至 10 的整数',
          en: 'The rounding scale must be a whole number from 0 to 10',
        },
        { expected: '0…10', received: String(scale) },
      ),
    );
  }
  if (!roundingModes.includes(mode)) {
    // A scheme from an untyped caller may hold anything here: show it as it is.
    const given: unknown = mode;
    issues.push(
      createIssue(
        'invalid_rounding',
        ['rounding', 'mode'],
        {
          zh: `未知的舍入方式：${visibleText(String(given))}`,
          en: `Unknown rounding mode: ${visibleText(String(given))}`,
        },
        { expected: roundingModes.join(' | '), received: String(given) },
      ),
    );
  }
  if (!scheme.fullMarks.greaterThan(0))
    issues.push(
      createIssue(
        'invalid_full_marks',
        ['fullMarks'],
        {
          zh: `满分须大于 0（现为 ${formatDecimal(scheme.fullMarks)}）`,
          en: `Full marks must be above 0 (it is ${formatDecimal(scheme.fullMarks)})`,
        },
        { expected: '> 0', received: formatDecimal(scheme.fullMarks) },
      ),
    );
  const total = sumWeights(scheme.indicators);
  if (!total.equals(scheme.fullMarks))
    issues.push(
      weightsDoNotSum(['fullMarks'], { zh: '方案', en: 'The scheme' }, scheme.fullMarks, total),
    );
  if (scheme.indicators.length === 0)
    issues.push(
      createIssue('empty_category', ['indicators'], {
        zh: '方案没有任何指标',
        en: 'The scheme has no indicators',
      }),
    );
  validateGrades(scheme, issues);
  const seen = new Map<string, IssuePath>();
  const visit = (node: IndicatorNode<RuleBase>, path: IssuePath): void => {
    if (node.id.trim() === '')
      issues.push(
        createIssue('empty_id', [...path, 'id'], {
          zh: '指标 id 不能为空',
          en: 'An indicator id must not be empty',
        }),
      );
    if (isReservedId(node.id)) issues.push(reservedIdIssue([...path, 'id'], node.id));
    const earlier = seen.get(node.id);
    if (earlier !== undefined) {
      const shown = visibleText(node.id);
      issues.push(
        createIssue(
          'duplicate_id',
          [...path, 'id'],
          { zh: `指标 id 重复：${shown}`, en: `Duplicate indicator id: ${shown}` },
          { received: node.id, expected: 'an id used once' },
        ),
      );
    } else seen.set(node.id, path);
    if (node.weight.isNegative()) {
      issues.push(
        createIssue(
          'negative_weight',
          [...path, 'weight'],
          {
            zh: `「${node.name.zh}」的分值不能为负`,
            en: `The weight of "${node.name.en ?? node.name.zh}" must not be negative`,
          },
          { expected: '≥ 0', received: formatDecimal(node.weight) },
        ),
      );
    }
    if (scaleIsValid && node.weight.decimalPlaces() > scale)
      issues.push(weightFinerThanScale([...path, 'weight'], node, scale));
    if (node.type === 'category') {
      if (node.children.length === 0) {
        issues.push(
          createIssue('empty_category', [...path, 'children'], {
            zh: `「${node.name.zh}」没有下级指标`,
            en: `"${node.name.en ?? node.name.zh}" has no children`,
          }),
        );
        return;
      }
      const sum = sumWeights(node.children);
      if (!sum.equals(node.weight))
        issues.push(
          weightsDoNotSum(
            [...path, 'weight'],
            { zh: `「${node.name.zh}」`, en: `"${node.name.en ?? node.name.zh}"` },
            node.weight,
            sum,
          ),
        );
      node.children.forEach((child, index) => {
        visit(child, [...path, 'children', index]);
      });
      return;
    }
    const kind = lookup(node.rule.kind);
    if (kind === undefined) {
      const shown = visibleText(node.rule.kind);
      issues.push(
        createIssue(
          'unknown_rule_kind',
          [...path, 'rule', 'kind'],
          { zh: `未知的规则类型：${shown}`, en: `Unknown rule kind: ${shown}` },
          { received: node.rule.kind },
        ),
      );
      return;
    }
    issues.push(...kind.validateRule(node.rule, node.weight, [...path, 'rule']));
    if (!scaleIsValid) return;
    for (const points of kind.pointsOf?.(node.rule) ?? []) {
      if (points.value.decimalPlaces() > scale)
        issues.push(pointsFinerThanScale([...path, 'rule', ...points.path], points.value, scale));
    }
  };
  scheme.indicators.forEach((node, index) => {
    visit(node, ['indicators', index]);
  });
  return issues;
}

function validateGrades(scheme: Scheme<RuleBase>, issues: Issue[]): void {
  const { grades } = scheme;
  if (grades.length === 0) {
    issues.push(
      createIssue('grade_bands_incomplete', ['grades'], {
        zh: '至少需要一个等级',
        en: 'At least one grade band is needed',
      }),
    );
    return;
  }
  grades.forEach((band, index) => {
    const previous = grades[index - 1];
    if (previous !== undefined && !band.min.lessThan(previous.min)) {
      issues.push(
        createIssue(
          'grade_bands_unordered',
          ['grades', index, 'min'],
          {
            zh: '等级须从高到低排列，下限严格递减且不重叠',
            en: 'Grade bands must run from the highest down, with strictly falling lower bounds',
          },
          { expected: `< ${formatDecimal(previous.min)}`, received: formatDecimal(band.min) },
        ),
      );
    }
    if (band.min.greaterThan(scheme.fullMarks)) {
      issues.push(
        createIssue(
          'grade_bands_unordered',
          ['grades', index, 'min'],
          { zh: '等级下限不能高于满分', en: 'A grade bound must not exceed full marks' },
          { expected: `≤ ${formatDecimal(scheme.fullMarks)}`, received: formatDecimal(band.min) },
        ),
      );
    }
  });
  const last = grades[grades.length - 1];
  if (last !== undefined && !last.min.isZero()) {
    issues.push(
      createIssue(
        'grade_bands_incomplete',
        ['grades', grades.length - 1, 'min'],
        {
          zh: '最低等级的下限须为 0，使每个总分都有等级',
          en: 'The lowest grade must start at 0, so that every total has a grade',
        },
        { expected: '0', received: formatDecimal(last.min) },
      ),
    );
  }
}
