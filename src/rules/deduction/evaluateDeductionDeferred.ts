import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext } from '../RuleKind.js';
import { invalidParameter, plain, quantities, step, ZERO } from '../support/ruleSupport.js';
import type { TraceStep } from '../TraceStep.js';
import type { DeductionRule } from './deductionRule.js';

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * Scores one input of a `deduction` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateDeductionDeferred(
  rule: DeductionRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const { path, weight } = context;
  const { occurrences, items } = input;
  if ((occurrences === undefined) === (items === undefined)) {
    return failure([
      createIssue(
        occurrences === undefined ? 'missing_input_field' : 'conflicting_input_fields',
        [...path, occurrences === undefined ? 'occurrences' : 'items'],
        {
          zh: '扣分规则须给出 occurrences（次数）或 items（扣分事项）之一，且只能给一个',
          en: 'A deduction rule needs exactly one of "occurrences" (a count) or "items" (the listed faults)',
        },
        { expected: 'occurrences | items' },
      ),
    ]);
  }
  let deduction: Dec;
  let deductionStep: () => TraceStep;
  if (occurrences !== undefined) {
    if (!Number.isSafeInteger(occurrences) || occurrences < 0) {
      return failure([
        createIssue(
          'invalid_count',
          [...path, 'occurrences'],
          { zh: '次数须为非负整数', en: 'occurrences must be a whole number ≥ 0' },
          { expected: 'integer ≥ 0', received: String(occurrences) },
        ),
      ]);
    }
    const count = new JixiaoDecimal(occurrences);
    const { pointsEach } = rule;
    const product = count.times(pointsEach);
    deduction = product;
    deductionStep = () =>
      step(quantities.deduction, 'multiply', [plain(count), plain(pointsEach)], plain(product));
  } else {
    const listed = items ?? [];
    const negative = listed.findIndex((item) => item.points?.isNegative() === true);
    if (negative >= 0) {
      return failure([
        invalidParameter(
          [...path, 'items', negative, 'points'],
          '扣分不能为负',
          'points deducted must not be negative',
        ),
      ]);
    }
    const each = listed.map((item) => item.points ?? rule.pointsEach);
    const texts = listed.map((item) => item.text);
    const sum = each.reduce((total, points) => total.plus(points), ZERO);
    deduction = sum;
    deductionStep = () =>
      step(quantities.deduction, 'add', each.map(plain), plain(sum), {
        note: {
          zh:
            texts
              .map((text, index) => `${text}（${formatDecimal(each[index] ?? ZERO)} 分）`)
              .join('；') || '无扣分事项',
          en:
            texts
              .map((text, index) => `${text} (${formatDecimal(each[index] ?? ZERO)})`)
              .join('; ') || 'no faults listed',
        },
      });
  }
  // The lesser of each pair, as JixiaoDecimal.min picks it, without its copy.
  const { maxDeduction } = rule;
  const limit =
    maxDeduction !== undefined && compareDecimals(maxDeduction, weight) < 0 ? maxDeduction : weight;
  const applied = compareDecimals(deduction, limit) < 0 ? deduction : limit;
  const score = weight.minus(applied);
  const trace = (): TraceStep[] => {
    const steps = [deductionStep()];
    if (compareDecimals(deduction, limit) > 0) {
      steps.push(
        step(quantities.cappedDeduction, 'min', [plain(deduction), plain(limit)], plain(applied)),
      );
    }
    steps.push(step(quantities.score, 'subtract', [plain(weight), plain(applied)], plain(score)));
    return steps;
  };
  return success({ score, findings: noFindings, trace });
}
