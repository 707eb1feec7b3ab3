import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext, RuleOutcome } from '../RuleKind.js';
import {
  measuredValues,
  missingField,
  ONE,
  percent,
  plain,
  quantities,
  step,
  unexpectedField,
  zeroTarget,
} from '../support/ruleSupport.js';
import { awardOf, contains, describeBand, type BandsRule } from './bandsRule.js';

/**
 * Scores one input of a `bands` rule: the exact score in [0, weight], its trace and findings.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 */
export function evaluateBands(
  rule: BandsRule,
  input: LeafInput,
  context: RuleContext,
): Result<RuleOutcome> {
  const { path, weight } = context;
  let value: Dec;
  if (rule.measure === 'rate') {
    const values = measuredValues(input, path, 'bands', rule.target);
    if (!values.ok) return values;
    if (values.value.target.isZero()) return failure([zeroTarget(path, 'bands')]);
    value = values.value.actual.dividedBy(values.value.target);
  } else {
    if (input.target !== undefined)
      return failure([unexpectedField(path, 'target', 'bands (actual)')]);
    if (input.actual === undefined) return failure([missingField(path, 'actual', 'bands')]);
    value = input.actual;
  }
  const trace = [];
  if (rule.measure === 'rate' && input.actual !== undefined) {
    trace.push(
      step(
        quantities.completionRate,
        'divide',
        [plain(input.actual), plain(rule.target ?? input.target ?? ONE)],
        percent(value),
      ),
    );
  }
  const index = rule.bands.findIndex((band) => contains(band, value));
  const band = rule.bands[index];
  if (band === undefined) {
    return failure([
      createIssue(
        'value_outside_bands',
        [...path, 'actual'],
        {
          zh: `数值 ${formatDecimal(value)} 不在任何分档内`,
          en: `The value ${formatDecimal(value)} falls in no band`,
        },
        {
          expected: rule.bands.map((each) => describeBand(each, false)).join(' ∪ '),
          received: formatDecimal(value),
        },
      ),
    ]);
  }
  const score = awardOf(band, weight);
  const description = describeBand(band, rule.measure === 'rate');
  trace.push(
    step(
      quantities.score,
      'select',
      [rule.measure === 'rate' ? percent(value) : plain(value)],
      plain(score),
      {
        note: {
          zh: `第 ${index + 1} 档 ${band.label?.zh ?? description}`,
          en: `band ${index + 1} ${band.label?.en ?? band.label?.zh ?? description}`,
        },
      },
    ),
  );
  return success({ score, trace, findings: [] });
}
