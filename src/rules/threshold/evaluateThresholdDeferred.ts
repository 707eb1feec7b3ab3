import { compareDecimals } from '../../decimal/compareDecimals.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext } from '../RuleKind.js';
import {
  measuredValues,
  missingField,
  percent,
  plain,
  quantities,
  step,
  unexpectedField,
} from '../support/ruleSupport.js';
import { comparatorSymbols, type Comparison, type ThresholdRule } from './thresholdRule.js';

const noFindings: readonly Finding[] = Object.freeze([]);

function holds(comparison: Exclude<Comparison, 'yes'>, actual: Dec, target: Dec): boolean {
  switch (comparison) {
    case '>=':
      return compareDecimals(actual, target) >= 0;
    case '>':
      return compareDecimals(actual, target) > 0;
    case '=':
      return compareDecimals(actual, target) === 0;
    case '<=':
      return compareDecimals(actual, target) <= 0;
    case '<':
      return compareDecimals(actual, target) < 0;
    default: {
      const unknown: never = comparison;
      throw new Error(`unreachable: comparison ${String(unknown)}`);
    }
  }
}

/**
 * Scores one input of a `threshold` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateThresholdDeferred(
  rule: ThresholdRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const { weight, path } = context;
  if (rule.comparison === 'yes') {
    const stray = (['actual', 'target'] as const)
      .filter((field) => input[field] !== undefined)
      .map((field) => unexpectedField(path, field, 'threshold (yes)'));
    const [firstStray, ...moreStray] = stray;
    if (firstStray !== undefined) return failure([firstStray, ...moreStray]);
    if (input.answer === undefined) return failure([missingField(path, 'answer', 'threshold')]);
    const met = input.answer;
    const score = met ? weight : rule.otherwise;
    return success({
      score,
      findings: noFindings,
      trace: () => [
        step(
          quantities.met,
          'compare',
          [{ value: met ? 'true' : 'false' }],
          { value: met ? 'true' : 'false' },
          { comparator: 'yes' },
        ),
        step(quantities.score, 'select', [plain(weight)], plain(score), {
          note: met
            ? { zh: '符合要求，得满分', en: 'met: full marks' }
            : { zh: '不符合要求', en: 'not met' },
        }),
      ],
    });
  }
  if (input.answer !== undefined)
    return failure([unexpectedField(path, 'answer', `threshold (${rule.comparison})`)]);
  const values = measuredValues(input, path, 'threshold', rule.target);
  if (!values.ok) return values;
  const { actual, target } = values.value;
  const shown = rule.unit === 'percent' ? percent : plain;
  const comparator = comparatorSymbols[rule.comparison];
  const met = holds(rule.comparison, actual, target);
  const score = met ? weight : rule.otherwise;
  return success({
    score,
    findings: noFindings,
    trace: () => [
      step(
        quantities.met,
        'compare',
        [shown(actual), shown(target)],
        { value: met ? 'true' : 'false' },
        { comparator },
      ),
      step(quantities.score, 'select', [plain(weight)], plain(score), {
        note: met ? { zh: '达标，得满分', en: 'met: full marks' } : { zh: '未达标', en: 'not met' },
      }),
    ],
  });
}
