// Internal helpers shared by the built-in rule kinds; not part of the public API.
import { requireObject } from './builderArguments.js';
import { decimal as decimalOf } from '../../decimal/decimal.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue, IssuePath } from '../../issues/Issue.js';
import type { LocalizedText } from '../../issues/LocalizedText.js';
import { failureOf, success, type Result } from '../../issues/Result.js';
import type { LeafInput } from '../LeafInput.js';
import type { TraceOperation, TraceRole, TraceStep, TraceValue } from '../TraceStep.js';

export type Label = Required<LocalizedText>;

/** A quantity a trace step works out: its role for tools, its label for people. */
export interface Quantity {
  readonly role: TraceRole;
  readonly label: Label;
}

export const quantities = {
  completionRate: { role: 'rate', label: { zh: '完成率', en: 'completion rate' } },
  controlRate: { role: 'rate', label: { zh: '控制率', en: 'control rate' } },
  cappedRate: { role: 'capped-rate', label: { zh: '计分完成率', en: 'rate scored' } },
  roundedRate: { role: 'rate', label: { zh: '完成率（取整后）', en: 'rounded rate' } },
  score: { role: 'score', label: { zh: '得分', en: 'score' } },
  overRatio: { role: 'excess', label: { zh: '超出比例', en: 'excess ratio' } },
  excessPoints: { role: 'excess', label: { zh: '超出百分点', en: 'percentage points over' } },
  countedPoints: { role: 'counted-excess', label: { zh: '计扣百分点', en: 'points counted' } },
  deduction: { role: 'deduction', label: { zh: '扣分', en: 'deduction' } },
  cappedDeduction: { role: 'deduction-applied', label: { zh: '实扣分', en: 'deduction applied' } },
  met: { role: 'check', label: { zh: '达标判断', en: 'target check' } },
  judgement: { role: 'judgement', label: { zh: '评价得分', en: "evaluator's score" } },
  value: { role: 'value', label: { zh: '计分值', en: 'value scored' } },
} as const satisfies Record<string, Quantity>;

export const ZERO = new JixiaoDecimal(0);
export const ONE = new JixiaoDecimal(1);
export const HUNDRED = new JixiaoDecimal(100);

export function plain(value: Dec): TraceValue {
  return { value: formatDecimal(value) };
}

export function percent(value: Dec): TraceValue {
  return { value: formatDecimal(value), unit: 'percent' };
}

export function step(
  quantity: Quantity,
  operation: TraceOperation,
  operands: readonly TraceValue[],
  result: TraceValue,
  extra: { readonly comparator?: string; readonly note?: Label } = {},
): TraceStep {
  return { role: quantity.role, label: quantity.label, operation, operands, result, ...extra };
}

export function missingField(path: IssuePath, field: string, kind: string): Issue {
  return createIssue(
    'missing_input_field',
    [...path, field],
    {
      zh: `「${kind}」规则需要输入 ${field}`,
      en: `A "${kind}" rule needs the input field "${field}"`,
    },
    { expected: field },
  );
}

export function negativeValue(path: IssuePath, value: Dec): Issue {
  return createIssue(
    'negative_value',
    path,
    {
      zh: `数值不能为负：${formatDecimal(value)}`,
      en: `The value must not be negative: ${formatDecimal(value)}`,
    },
    { expected: '≥ 0', received: formatDecimal(value) },
  );
}

/** Reads `actual` and `target` (from the input, or the rule when it fixes one), both ≥ 0. */
export function measuredValues(
  input: LeafInput,
  path: IssuePath,
  kind: string,
  ruleTarget?: Dec,
): Result<{ readonly actual: Dec; readonly target: Dec }> {
  const issues: Issue[] = [];
  const { actual } = input;
  if (actual === undefined) issues.push(missingField(path, 'actual', kind));
  else if (actual.isNegative()) issues.push(negativeValue([...path, 'actual'], actual));
  if (ruleTarget !== undefined && input.target !== undefined) {
    issues.push(
      createIssue(
        'target_fixed_by_rule',
        [...path, 'target'],
        {
          zh: `该规则已规定目标值 ${formatDecimal(ruleTarget)}，输入不应再给出目标值`,
          en: `The rule fixes the target at ${formatDecimal(ruleTarget)}; the input must not give another`,
        },
        { expected: 'no target', received: formatDecimal(input.target) },
      ),
    );
  }
  const target = ruleTarget ?? input.target;
  if (target === undefined) issues.push(missingField(path, 'target', kind));
  else if (target.isNegative()) issues.push(negativeValue([...path, 'target'], target));
  const failed = failureOf(issues);
  if (failed !== undefined) return failed;
  if (actual === undefined || target === undefined) throw new Error('unreachable: checked above');
  return success({ actual, target });
}

export function zeroTarget(path: IssuePath, kind: string): Issue {
  return createIssue(
    'zero_target',
    [...path, 'target'],
    {
      zh: `「${kind}」规则的目标值为 0，无法计算完成率`,
      en: `The target of a "${kind}" rule is 0, so no completion rate can be computed`,
    },
    { expected: '> 0', received: '0' },
  );
}

export function invalidParameter(
  path: IssuePath,
  zh: string,
  en: string,
  details: { expected?: string; received?: string } = {},
): Issue {
  return createIssue('invalid_rule_parameter', path, { zh, en }, details);
}

export function checkNonNegative(
  value: Dec | undefined,
  path: IssuePath,
  name: string,
): readonly Issue[] {
  if (!value?.isNegative()) return [];
  return [
    invalidParameter(path, `${name} 不能为负`, `${name} must not be negative`, {
      expected: '≥ 0',
      received: formatDecimal(value),
    }),
  ];
}

export function checkAtMostWeight(
  value: Dec | undefined,
  weight: Dec,
  path: IssuePath,
  name: string,
): readonly Issue[] {
  if (value === undefined) return [];
  if (value.isNegative() || value.greaterThan(weight)) {
    return [
      invalidParameter(
        path,
        `${name} 须在 0 与分值 ${formatDecimal(weight)} 之间`,
        `${name} must lie between 0 and the weight ${formatDecimal(weight)}`,
        {
          expected: `0…${formatDecimal(weight)}`,
          received: formatDecimal(value),
        },
      ),
    ];
  }
  return [];
}

export function reviewFinding(
  actual: Dec,
  target: Dec,
  threshold: Dec,
): { code: string; severity: 'review'; message: { zh: string; en: string } } {
  const thresholdText = `${formatDecimal(threshold.times(100))}%`;
  return {
    code: 'over_achievement_review',
    severity: 'review',
    message: {
      zh: `实际值 ${formatDecimal(actual)} 达到目标值 ${formatDecimal(target)} 的 ${thresholdText} 以上，请复核目标设置（可按偏离度适度调减分值）`,
      en: `The actual value ${formatDecimal(actual)} is at least ${thresholdText} of the target ${formatDecimal(target)}; review the target (the score may be reduced for the deviation)`,
    },
  };
}

export function unexpectedField(path: IssuePath, field: string, kind: string): Issue {
  return createIssue(
    'unexpected_input_field',
    [...path, field],
    {
      zh: `「${kind}」规则不使用输入 ${field}`,
      en: `A "${kind}" rule does not use the input field "${field}"`,
    },
    { received: field },
  );
}

/** When a deviation reason (偏差原因) must be given: at or above `above` × target, or when the target is missed. */
export interface DeviationReasonRequirement {
  readonly above?: Dec;
  readonly whenMissed: boolean;
}

export function deviationReasonIssue(
  requirement: DeviationReasonRequirement | undefined,
  input: LeafInput,
  values: { readonly actual: Dec; readonly target: Dec; readonly missed: boolean },
  path: IssuePath,
): Issue | undefined {
  if (requirement === undefined || (input.reason?.trim() ?? '') !== '') return undefined;
  const over =
    requirement.above !== undefined &&
    !values.target.isZero() &&
    values.actual.greaterThanOrEqualTo(requirement.above.times(values.target));
  const missed = requirement.whenMissed && values.missed;
  if (!over && !missed) return undefined;
  const threshold =
    requirement.above === undefined ? '' : `${formatDecimal(requirement.above.times(100))}%`;
  return createIssue(
    'deviation_reason_required',
    [...path, 'reason'],
    over
      ? {
          zh: `实际值达到目标值的 ${threshold} 及以上，须说明偏差原因`,
          en: `The actual value is at least ${threshold} of the target: a deviation reason is required`,
        }
      : {
          zh: '未完成年度指标值，须说明偏差原因',
          en: 'The target was missed: a deviation reason is required',
        },
    { expected: 'a deviation reason (偏差原因)' },
  );
}

export function deviationRequirementOf(
  options: { readonly above?: DecimalInput | false; readonly whenMissed?: boolean } | undefined,
): DeviationReasonRequirement | undefined {
  if (options === undefined) return undefined;
  requireObject(options, 'options.deviationReason');
  return {
    ...(options.above === undefined || options.above === false
      ? {}
      : { above: decimalOf(options.above) }),
    whenMissed: options.whenMissed ?? false,
  };
}
