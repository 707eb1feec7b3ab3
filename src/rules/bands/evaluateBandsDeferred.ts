import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext } from '../RuleKind.js';
import type { TraceStep } from '../TraceStep.js';
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

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * Scores one input of a `bands` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateBandsDeferred(
  rule: BandsRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
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
  const asRate = rule.measure === 'rate';
  const { actual } = input;
  const divisor = rule.target ?? input.target ?? ONE;
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
  const description = describeBand(band, asRate);
  const note = {
    zh: `第 ${index + 1} 档 ${band.label?.zh ?? description}`,
    en: `band ${index + 1} ${band.label?.en ?? band.label?.zh ?? description}`,
  };
  const trace = (): TraceStep[] => {
    const steps: TraceStep[] = [];
    if (asRate && actual !== undefined) {
      steps.push(
        step(quantities.completionRate, 'divide', [plain(actual), plain(divisor)], percent(value)),
      );
    }
    steps.push(
      step(quantities.score, 'select', [asRate ? percent(value) : plain(value)], plain(score), {
        note: { zh: note.zh, en: note.en },
      }),
    );
    return steps;
  };
  return success({ score, findings: noFindings, trace });
}
