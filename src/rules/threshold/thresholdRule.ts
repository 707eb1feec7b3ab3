import { decimal } from '../../decimal/decimal.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { requireObject } from '../support/builderArguments.js';

/** A comparison of actual against target; `yes` reads a yes/no answer (是/否, 合规/不合规). */
export type Comparison = '>=' | '>' | '=' | '<=' | '<' | 'yes';

/**
 * The comparisons, as the documentation lists them.
 *
 * @example
 * comparisons; // → ['>=', '>', '=', '<=', '<', 'yes']
 */
export const comparisons = Object.freeze([
  '>=',
  '>',
  '=',
  '<=',
  '<',
  'yes',
] as const) satisfies readonly Comparison[];

/** A pass/fail rule (达标 / 是否): full weight when the comparison holds, `otherwise` when not. */
export interface ThresholdRule {
  readonly kind: 'threshold';
  readonly comparison: Comparison;
  /** Score when the comparison fails (default 0). */
  readonly otherwise: Dec;
  /** The target, when the scheme fixes it (e.g. 固定资产利用率 ≥ 90%). */
  readonly target?: Dec;
  /** `percent` when actual and target are rates, shown as percentages. */
  readonly unit?: 'percent';
}

/** Options of {@link thresholdRule}. */
export interface ThresholdRuleOptions {
  readonly comparison: Comparison;
  readonly otherwise?: DecimalInput;
  readonly target?: DecimalInput;
  readonly unit?: 'percent';
}

/**
 * Builds a threshold rule.
 *
 * @param options - comparison, optional fixed target and the score when it fails
 * @returns the rule data
 * @throws JixiaoError when a decimal is malformed (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes options that are not an object
 *
 * @example
 * thresholdRule({ comparison: '>=', target: '90%' }); // 固定资产利用率 ≥ 90%
 * thresholdRule({ comparison: 'yes' });               // 合规 / 不合规
 */
export function thresholdRule(options: ThresholdRuleOptions): ThresholdRule {
  requireObject(options, 'options');
  return {
    kind: 'threshold',
    comparison: options.comparison,
    otherwise: decimal(options.otherwise ?? 0),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
  };
}

/** How each comparison is written in traces and descriptions. */
export const comparatorSymbols: Readonly<Record<Exclude<Comparison, 'yes'>, string>> = {
  '>=': '≥',
  '>': '>',
  '=': '=',
  '<=': '≤',
  '<': '<',
};
