import { decimal } from '../../decimal/decimal.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import { type Dec } from '../../decimal/JixiaoDecimal.js';
import { requireObject } from '../support/builderArguments.js';

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
 * @throws JixiaoError when a decimal is malformed (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes options that are not an object
 *
 * @example
 * deductionRule({ pointsEach: '0.5' }); // 每发现一次扣 0.5 分，扣完为止
 */
export function deductionRule(options: {
  readonly pointsEach: DecimalInput;
  readonly maxDeduction?: DecimalInput;
}): DeductionRule {
  requireObject(options, 'options');
  return {
    kind: 'deduction',
    pointsEach: decimal(options.pointsEach),
    ...(options.maxDeduction === undefined ? {} : { maxDeduction: decimal(options.maxDeduction) }),
  };
}
