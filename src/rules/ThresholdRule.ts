import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { failure, success } from '../issues/Result.js';
import type { Issue } from '../issues/Issue.js';
import type { RuleKind } from './RuleKind.js';
import { checkAtMostWeight, checkNonNegative, quantities, measuredValues, missingField, percent, plain, step, unexpectedField } from './ruleSupport.js';

/** A comparison of actual against target; `yes` reads a yes/no answer (是/否, 合规/不合规). */
export type Comparison = '>=' | '>' | '=' | '<=' | '<' | 'yes';

/** The comparisons, as the documentation lists them. */
export const comparisons = Object.freeze(['>=', '>', '=', '<=', '<', 'yes'] as const) satisfies readonly Comparison[];

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
 *
 * @example
 * thresholdRule({ comparison: '>=', target: '90%' }); // 固定资产利用率 ≥ 90%
 * thresholdRule({ comparison: 'yes' });               // 合规 / 不合规
 */
export function thresholdRule(options: ThresholdRuleOptions): ThresholdRule {
  return {
    kind: 'threshold',
    comparison: options.comparison,
    otherwise: decimal(options.otherwise ?? 0),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
  };
}

const comparatorSymbols: Readonly<Record<Exclude<Comparison, 'yes'>, string>> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

function holds(comparison: Exclude<Comparison, 'yes'>, actual: Dec, target: Dec): boolean {
  switch (comparison) {
    case '>=':
      return actual.greaterThanOrEqualTo(target);
    case '>':
      return actual.greaterThan(target);
    case '=':
      return actual.equals(target);
    case '<=':
      return actual.lessThanOrEqualTo(target);
    case '<':
      return actual.lessThan(target);
    default: {
      const unknown: never = comparison;
      throw new Error(`unreachable: comparison ${String(unknown)}`);
    }
  }
}

/** The `threshold` rule kind. */
export const thresholdRuleKind: RuleKind<ThresholdRule> = {
  kind: 'threshold',
  inputFields: ['actual', 'target', 'answer'],
  directionOf: (rule) => (rule.comparison === '>=' || rule.comparison === '>' ? 'increasing' : rule.comparison === '<=' || rule.comparison === '<' ? 'decreasing' : 'none'),
  shapeOf: (rule, weight) => ({ type: 'stepwise', steps: [rule.otherwise, weight] }),
  validateRule(rule, weight, path) {
    const issues: Issue[] = [...checkAtMostWeight(rule.otherwise, weight, [...path, 'otherwise'], 'otherwise')];
    issues.push(...checkNonNegative(rule.target, [...path, 'target'], 'target'));
    return issues;
  },
  evaluate(rule, input, context) {
    const { weight, path } = context;
    let met: boolean;
    if (rule.comparison === 'yes') {
      const stray = (['actual', 'target'] as const).filter((field) => input[field] !== undefined).map((field) => unexpectedField(path, field, 'threshold (yes)'));
      const [firstStray, ...moreStray] = stray;
      if (firstStray !== undefined) return failure([firstStray, ...moreStray]);
      if (input.answer === undefined) return failure([missingField(path, 'answer', 'threshold')]);
      met = input.answer;
      const trace = [
        step(quantities.met, 'compare', [{ value: met ? 'true' : 'false' }], { value: met ? 'true' : 'false' }, { comparator: 'yes' }),
      ];
      const score = met ? weight : rule.otherwise;
      trace.push(step(quantities.score, 'select', [plain(weight)], plain(score), { note: met ? { zh: '符合要求，得满分', en: 'met: full marks' } : { zh: '不符合要求', en: 'not met' } }));
      return success({ score, trace, findings: [] });
    }
    if (input.answer !== undefined) return failure([unexpectedField(path, 'answer', `threshold (${rule.comparison})`)]);
    const values = measuredValues(input, path, 'threshold', rule.target);
    if (!values.ok) return values;
    const { actual, target } = values.value;
    const shown = rule.unit === 'percent' ? percent : plain;
    met = holds(rule.comparison, actual, target);
    const score = met ? weight : rule.otherwise;
    return success({
      score,
      trace: [
        step(quantities.met, 'compare', [shown(actual), shown(target)], { value: met ? 'true' : 'false' }, { comparator: comparatorSymbols[rule.comparison] }),
        step(quantities.score, 'select', [plain(weight)], plain(score), {
          note: met ? { zh: '达标，得满分', en: 'met: full marks' } : { zh: '未达标', en: 'not met' },
        }),
      ],
      findings: [],
    });
  },
};

