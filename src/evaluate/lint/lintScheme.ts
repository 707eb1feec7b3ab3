import { decimal } from '../../decimal/decimal.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { Issue } from '../../issues/Issue.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import { isRecord } from '../../issues/isRecord.js';
import { isBuiltInRule } from '../../rules/isBuiltInRule.js';
import type { RuleBase } from '../../rules/RuleBase.js';
import type { CategoryNode, IndicatorNode, LeafNode, Scheme } from '../../scheme/Scheme.js';
import { bestLeaf } from './bestLeaf.js';
import { childShareExceeded } from './childShareExceeded.js';
import { deductionExceedsWeight } from './deductionExceedsWeight.js';
import { fullMarksUnreachable } from './fullMarksUnreachable.js';
import { gradeBandSwallowed } from './gradeBandSwallowed.js';
import { gradeBandUnreachable } from './gradeBandUnreachable.js';
import { levelRangesOverlap } from './levelRangesOverlap.js';
import type { LintContext, Placed } from './LintContext.js';
import { reviewBelowCap } from './reviewBelowCap.js';

/**
 * Options of {@link lintScheme}.
 *
 * @example
 * const options: LintOptions = { maxShare: '0.5' }; // no child above half of its category
 */
export interface LintOptions {
  /**
   * The largest share of a category's weight one child may carry (0.5 = half); the
   * `child_share_exceeded` lint runs only when it is given.
   */
  readonly maxShare?: DecimalInput;
}

const aScheme = { zh: '评价方案（含 indicators 数组）', en: 'a scheme (with an indicators array)' };
const lintOptions = { zh: '选项 { maxShare? }', en: 'options { maxShare? }' };
const aShare = {
  zh: '大于 0、不大于 1 的小数（如 0.5）',
  en: 'a decimal above 0 and at most 1 (such as 0.5)',
};

/** The share option read, or the `invalid_argument` error for one out of (0, 1]. */
function shareOf(given: unknown): Dec | undefined {
  if (given === undefined) return undefined;
  let share: Dec;
  try {
    // decimal() accepts every DecimalInput; anything else is the caller's mistake, reported so.
    // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- checked by decimal()
    share = decimal(given as DecimalInput);
  } catch {
    throw invalidArgument('options.maxShare', aShare, given);
  }
  if (!share.greaterThan(0) || share.greaterThan(1))
    throw invalidArgument('options.maxShare', aShare, given);
  return share;
}

/**
 * Finds the flaws in a scheme's design that need no generated inputs — things validation allows
 * but that no one means: a leaf whose full marks no input reaches (`full_marks_unreachable`), a
 * grade no total earns (`grade_band_unreachable`) or that the score scale leaves empty
 * (`grade_band_swallowed`), a review flag below full completion (`review_below_cap`), level
 * ranges that share scores (`level_ranges_overlap`), a deduction limit above the weight
 * (`deduction_exceeds_weight`), and, with `maxShare`, a child carrying more than that share of
 * its category (`child_share_exceeded`). Weights and rule points finer than the rounding scale
 * are not linted: validation refuses them (`weight_finer_than_scale`, `points_finer_than_scale`).
 *
 * Lint a scheme that validates; rules of custom kinds are left alone. The issues come in a fixed
 * order (lint by lint, each in scheme order), the same for the same scheme.
 *
 * @param scheme - a valid scheme
 * @param options - `maxShare` turns on the share lint
 * @returns the issues found, each with its code, a path into the scheme and a zh/en message;
 *   empty when none is
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a scheme, or a `maxShare` that is not a decimal above 0 and at most 1
 *
 * @example
 * lintScheme(scheme).map((issue) => issue.code); // → ['full_marks_unreachable']
 */
export function lintScheme<R extends RuleBase>(
  scheme: Scheme<R>,
  options: LintOptions = {},
): readonly Issue[] {
  const given: unknown = scheme;
  if (!isRecord(given) || !Array.isArray(given['indicators']))
    throw invalidArgument('scheme', aScheme, given);
  const passed: unknown = options;
  if (!isRecord(passed)) throw invalidArgument('options', lintOptions, passed);
  const maxShare = shareOf(passed['maxShare']);
  const leaves: LintContext['leaves'][number][] = [];
  const categories: Placed<CategoryNode<RuleBase>>[] = [];
  const visit = (node: IndicatorNode<RuleBase>, path: readonly (string | number)[]): void => {
    if (node.type === 'category') {
      categories.push({ path, node });
      node.children.forEach((child, index) => {
        visit(child, [...path, 'children', index]);
      });
      return;
    }
    const leaf: LeafNode<RuleBase> = node;
    const best = isBuiltInRule(leaf.rule)
      ? bestLeaf(leaf.rule, leaf.weight, scheme.rounding)
      : undefined;
    leaves.push({ path, node: leaf, best });
  };
  scheme.indicators.forEach((node, index) => {
    visit(node, ['indicators', index]);
  });
  const context: LintContext = { scheme, leaves, categories, maxShare };
  return Object.freeze([
    ...fullMarksUnreachable(context),
    ...gradeBandUnreachable(context),
    ...gradeBandSwallowed(context),
    ...reviewBelowCap(context),
    ...levelRangesOverlap(context),
    ...deductionExceedsWeight(context),
    ...childShareExceeded(context),
  ]);
}
