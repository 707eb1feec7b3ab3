import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { failure, success } from '../issues/Result.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { RuleKind } from './RuleKind.js';
import { checkAtMostWeight, invalidParameter, quantities, measuredValues, missingField, ONE, percent, plain, step, unexpectedField, zeroTarget } from './ruleSupport.js';

/** One end of a band, included in it or not. */
export interface BandBound {
  readonly value: Dec;
  readonly inclusive: boolean;
}

/** What a band awards: fixed points, or a fraction of the weight. */
export type BandAward = { readonly points: Dec } | { readonly fraction: Dec };

/** A band (档): values from `from` to `to` earn `award`. A missing bound is open-ended. */
export interface Band {
  readonly from?: BandBound;
  readonly to?: BandBound;
  readonly award: BandAward;
  readonly label?: LocalizedText;
}

/**
 * A tiered rule (分档): the value falls into exactly one of ordered, contiguous bands. `measure`
 * says whether bands apply to the actual value or to actual ÷ target.
 */
export interface BandsRule {
  readonly kind: 'bands';
  readonly measure: 'actual' | 'rate';
  readonly bands: readonly Band[];
  readonly target?: Dec;
}

/** A band as written for {@link bandsRule}: bounds as `[value, inclusive]` and an award. */
export interface BandOptions {
  readonly from?: readonly [DecimalInput, boolean];
  readonly to?: readonly [DecimalInput, boolean];
  readonly points?: DecimalInput;
  readonly fraction?: DecimalInput;
  readonly label?: LocalizedText;
}

/**
 * Builds a bands rule from bands listed from the lowest values up.
 *
 * @param options - what is measured, the bands, an optional fixed target
 * @returns the rule data
 *
 * @example
 * // ≥90% 5分, 80%(含)–90% 4分, 60%(含)–80% 3分, 低于60%不得分
 * bandsRule({ measure: 'actual', bands: [
 *   { to: ['60%', false], points: 0 },
 *   { from: ['60%', true], to: ['80%', false], points: 3 },
 *   { from: ['80%', true], to: ['90%', false], points: 4 },
 *   { from: ['90%', true], points: 5 },
 * ] });
 */
export function bandsRule(options: { readonly measure?: 'actual' | 'rate'; readonly bands: readonly BandOptions[]; readonly target?: DecimalInput }): BandsRule {
  return {
    kind: 'bands',
    measure: options.measure ?? 'actual',
    bands: options.bands.map((band) => ({
      ...(band.from === undefined ? {} : { from: { value: decimal(band.from[0]), inclusive: band.from[1] } }),
      ...(band.to === undefined ? {} : { to: { value: decimal(band.to[0]), inclusive: band.to[1] } }),
      award: band.fraction !== undefined ? { fraction: decimal(band.fraction) } : { points: decimal(band.points ?? 0) },
      ...(band.label === undefined ? {} : { label: band.label }),
    })),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
  };
}

function describeBand(band: Band, asPercent: boolean): string {
  const show = (value: Dec): string => (asPercent ? `${formatDecimal(value.times(100))}%` : formatDecimal(value));
  const lower = band.from === undefined ? '(-∞' : `${band.from.inclusive ? '[' : '('}${show(band.from.value)}`;
  const upper = band.to === undefined ? '+∞)' : `${show(band.to.value)}${band.to.inclusive ? ']' : ')'}`;
  return `${lower}, ${upper}`;
}

function contains(band: Band, value: Dec): boolean {
  const aboveLower = band.from === undefined || (band.from.inclusive ? value.greaterThanOrEqualTo(band.from.value) : value.greaterThan(band.from.value));
  const belowUpper = band.to === undefined || (band.to.inclusive ? value.lessThanOrEqualTo(band.to.value) : value.lessThan(band.to.value));
  return aboveLower && belowUpper;
}

function awardOf(band: Band, weight: Dec): Dec {
  return 'points' in band.award ? band.award.points : weight.times(band.award.fraction);
}

function validateBands(rule: BandsRule, weight: Dec, path: IssuePath): readonly Issue[] {
  const issues: Issue[] = [];
  if (rule.bands.length === 0) issues.push(invalidParameter([...path, 'bands'], '至少需要一个分档', 'at least one band is needed'));
  rule.bands.forEach((band, index) => {
    const bandPath = [...path, 'bands', index];
    if ('points' in band.award) issues.push(...checkAtMostWeight(band.award.points, weight, [...bandPath, 'award', 'points'], 'points'));
    else if (band.award.fraction.isNegative() || band.award.fraction.greaterThan(ONE)) {
      issues.push(invalidParameter([...bandPath, 'award', 'fraction'], 'fraction 须在 0 与 1 之间', 'fraction must lie between 0 and 1'));
    }
    if (band.from !== undefined && band.to !== undefined) {
      const empty = band.from.value.greaterThan(band.to.value) || (band.from.value.equals(band.to.value) && !(band.from.inclusive && band.to.inclusive));
      if (empty) issues.push(invalidParameter(bandPath, '分档为空：下限须小于上限', 'the band is empty: its lower bound must be below its upper bound'));
    }
    if (index > 0 && band.from === undefined) issues.push(invalidParameter([...bandPath, 'from'], '只有第一档可以没有下限', 'only the first band may be open below'));
    if (index < rule.bands.length - 1 && band.to === undefined) issues.push(invalidParameter([...bandPath, 'to'], '只有最后一档可以没有上限', 'only the last band may be open above'));
    const next = rule.bands[index + 1];
    if (next?.from !== undefined && band.to !== undefined) {
      const meets = band.to.value.equals(next.from.value) && band.to.inclusive !== next.from.inclusive;
      if (!meets) {
        issues.push(
          createIssue(
            'bands_not_contiguous',
            [...path, 'bands', index + 1, 'from'],
            {
              zh: `第 ${index + 1} 档与第 ${index + 2} 档之间有空隙或重叠：上一档的上限须等于下一档的下限，且恰好一侧包含端点`,
              en: `Bands ${index + 1} and ${index + 2} leave a gap or overlap: a band must start where the previous one ends, with the bound in exactly one of them`,
            },
            { expected: `from ${formatDecimal(band.to.value)} (${band.to.inclusive ? 'exclusive' : 'inclusive'})`, received: `${formatDecimal(next.from.value)} (${next.from.inclusive ? 'inclusive' : 'exclusive'})` },
          ),
        );
      }
    }
  });
  return issues;
}

/** The `bands` rule kind (分档计分). */
export const bandsRuleKind: RuleKind<BandsRule> = {
  kind: 'bands',
  inputFields: ['actual', 'target'],
  directionOf(rule) {
    const awards = rule.bands.map((band) => (('points' in band.award) ? band.award.points : band.award.fraction));
    const rising = awards.every((award, index) => index === 0 || award.greaterThanOrEqualTo(awards[index - 1] ?? award));
    const falling = awards.every((award, index) => index === 0 || award.lessThanOrEqualTo(awards[index - 1] ?? award));
    // Mixed points and fractions cannot be compared without the weight; such rules declare no direction.
    const uniform = rule.bands.every((band) => ('points' in band.award) === ('points' in (rule.bands[0]?.award ?? band.award)));
    return !uniform ? 'none' : rising ? 'increasing' : falling ? 'decreasing' : 'none';
  },
  shapeOf: (rule, weight) => ({ type: 'stepwise', steps: rule.bands.map((band) => awardOf(band, weight)) }),
  validateRule: validateBands,
  evaluate(rule, input, context) {
    const { path, weight } = context;
    let value: Dec;
    if (rule.measure === 'rate') {
      const values = measuredValues(input, path, 'bands', rule.target);
      if (!values.ok) return values;
      if (values.value.target.isZero()) return failure([zeroTarget(path, 'bands')]);
      value = values.value.actual.dividedBy(values.value.target);
    } else {
      if (input.target !== undefined) return failure([unexpectedField(path, 'target', 'bands (actual)')]);
      if (input.actual === undefined) return failure([missingField(path, 'actual', 'bands')]);
      value = input.actual;
    }
    const trace = [];
    if (rule.measure === 'rate' && input.actual !== undefined) {
      trace.push(step(quantities.completionRate, 'divide', [plain(input.actual), plain(rule.target ?? input.target ?? ONE)], percent(value)));
    }
    const index = rule.bands.findIndex((band) => contains(band, value));
    const band = rule.bands[index];
    if (band === undefined) {
      return failure([
        createIssue(
          'value_outside_bands',
          [...path, 'actual'],
          { zh: `数值 ${formatDecimal(value)} 不在任何分档内`, en: `The value ${formatDecimal(value)} falls in no band` },
          { expected: rule.bands.map((each) => describeBand(each, false)).join(' ∪ '), received: formatDecimal(value) },
        ),
      ]);
    }
    const score = awardOf(band, weight);
    const description = describeBand(band, rule.measure === 'rate');
    trace.push(
      step(quantities.score, 'select', [rule.measure === 'rate' ? percent(value) : plain(value)], plain(score), {
        note: {
          zh: `第 ${index + 1} 档 ${band.label?.zh ?? description}`,
          en: `band ${index + 1} ${band.label?.en ?? band.label?.zh ?? description}`,
        },
      }),
    );
    return success({ score, trace, findings: [] });
  },
};
