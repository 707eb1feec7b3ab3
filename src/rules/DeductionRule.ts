import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/Issue.js';
import { failure, success } from '../issues/Result.js';
import type { RuleKind } from './RuleKind.js';
import type { TraceStep } from './TraceStep.js';
import { checkNonNegative, invalidParameter, quantities, plain, step, ZERO } from './ruleSupport.js';

/** A deduction rule (扣分, 扣完为止): points off per occurrence or per listed fault, floor 0. */
export interface DeductionRule {
  readonly kind: 'deduction';
  /** Points deducted per occurrence, and per listed item that names no points of its own. */
  readonly pointsEach: Dec;
  /** The most that may be deducted (最多扣 X 分); the weight when absent. */
  readonly maxDeduction?: Dec;
}

/**
 * Builds a deduction rule.
 *
 * @param options - points per occurrence and an optional maximum deduction
 * @returns the rule data
 *
 * @example
 * deductionRule({ pointsEach: '0.5' }); // 每发现一次扣 0.5 分，扣完为止
 */
export function deductionRule(options: { readonly pointsEach: DecimalInput; readonly maxDeduction?: DecimalInput }): DeductionRule {
  return {
    kind: 'deduction',
    pointsEach: decimal(options.pointsEach),
    ...(options.maxDeduction === undefined ? {} : { maxDeduction: decimal(options.maxDeduction) }),
  };
}

/** The `deduction` rule kind. */
export const deductionRuleKind: RuleKind<DeductionRule> = {
  kind: 'deduction',
  inputFields: ['occurrences', 'items'],
  directionOf: () => 'none',
  validateRule(rule, _weight, path) {
    const issues: Issue[] = [...checkNonNegative(rule.pointsEach, [...path, 'pointsEach'], 'pointsEach'), ...checkNonNegative(rule.maxDeduction, [...path, 'maxDeduction'], 'maxDeduction')];
    return issues;
  },
  evaluate(rule, input, context) {
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
    const trace: TraceStep[] = [];
    let deduction: Dec;
    if (occurrences !== undefined) {
      if (!Number.isSafeInteger(occurrences) || occurrences < 0) {
        return failure([
          createIssue('invalid_count', [...path, 'occurrences'], { zh: '次数须为非负整数', en: 'occurrences must be a whole number ≥ 0' }, { expected: 'integer ≥ 0', received: String(occurrences) }),
        ]);
      }
      const count = new JixiaoDecimal(occurrences);
      deduction = count.times(rule.pointsEach);
      trace.push(step(quantities.deduction, 'multiply', [plain(count), plain(rule.pointsEach)], plain(deduction)));
    } else {
      const listed = items ?? [];
      const negative = listed.findIndex((item) => item.points?.isNegative() === true);
      if (negative >= 0) {
        return failure([invalidParameter([...path, 'items', negative, 'points'], '扣分不能为负', 'points deducted must not be negative')]);
      }
      const each = listed.map((item) => item.points ?? rule.pointsEach);
      deduction = each.reduce((sum, points) => sum.plus(points), ZERO);
      trace.push(
        step(quantities.deduction, 'add', each.map(plain), plain(deduction), {
          note: {
            zh: listed.map((item, index) => `${item.text}（${formatDecimal(each[index] ?? ZERO)} 分）`).join('；') || '无扣分事项',
            en: listed.map((item, index) => `${item.text} (${formatDecimal(each[index] ?? ZERO)})`).join('; ') || 'no faults listed',
          },
        }),
      );
    }
    const limit = JixiaoDecimal.min(rule.maxDeduction ?? weight, weight);
    const applied = JixiaoDecimal.min(deduction, limit);
    if (deduction.greaterThan(limit)) trace.push(step(quantities.cappedDeduction, 'min', [plain(deduction), plain(limit)], plain(applied)));
    const score = weight.minus(applied);
    trace.push(step(quantities.score, 'subtract', [plain(weight), plain(applied)], plain(score)));
    return success({ score, trace, findings: [] });
  },
};
