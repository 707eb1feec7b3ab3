// Internal: the best score a built-in rule can give its leaf, the input that gives it, and why it
// falls short of the weight when it does. bestLeafScore and the full-marks lint read it; the
// `best-scores` law of verifyScheme scores the input it names.
import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import type { RoundingPolicy } from '../../decimal/RoundingPolicy.js';
import type { BilingualMessage } from '../../issues/Issue.js';
import { awardOf, contains, type Band, type BandsRule } from '../../rules/bands/bandsRule.js';
import type { LevelRule } from '../../rules/level/levelRule.js';
import type { LeafInput } from '../../rules/LeafInput.js';
import type { Rule } from '../../rules/Rule.js';
import type { ThresholdRule } from '../../rules/threshold/thresholdRule.js';

const ZERO = new JixiaoDecimal(0);
const ONE = new JixiaoDecimal(1);
const reason = '最佳输入';

/** A leaf's best: the rounded score, the input that earns it, and why it is below the weight. */
export interface BestLeaf {
  /** The best rounded score, or null when no input can be scored at all. */
  readonly score: Dec | null;
  /** An input that earns it (absent when no input is scored). */
  readonly input?: LeafInput;
  /** Why the best falls short of the weight, for the lint's message. */
  readonly why?: BilingualMessage;
}

const unit = (scale: number): Dec => new JixiaoDecimal(10).pow(-scale);

/**
 * The best score at the policy's scale of exact scores that come arbitrarily close to `bound`
 * from below without reaching it: rounding down stops one unit short of a bound on the scale, a
 * half mode stops short of a bound on a midpoint.
 */
function bestBelow(bound: Dec, policy: RoundingPolicy): Dec {
  const step = unit(policy.scale);
  const onScale = bound.decimalPlaces() <= policy.scale;
  if (policy.mode === 'down') {
    const floor = roundDecimal(bound, { scale: policy.scale, mode: 'down' });
    return JixiaoDecimal.max(ZERO, onScale ? floor.minus(step) : floor);
  }
  if (policy.mode === 'up' || onScale) return roundDecimal(bound, { ...policy, mode: 'up' });
  const floor = roundDecimal(bound, { scale: policy.scale, mode: 'down' });
  return bound.minus(floor).equals(step.dividedBy(2)) ? floor : roundDecimal(bound, policy);
}

/** A value just below `bound`, closer to it than any digit of `bound`, `floor` or the scale. */
function justBelow(bound: Dec, floor: Dec, scale: number): Dec {
  const places = Math.max(bound.decimalPlaces(), floor.decimalPlaces(), scale) + 2;
  return bound.minus(unit(places));
}

function bestLevel(rule: LevelRule, weight: Dec, policy: RoundingPolicy): BestLeaf {
  let best: { score: Dec; input: LeafInput; short?: BilingualMessage } | undefined;
  for (const level of rule.levels) {
    let candidate: { score: Dec; input: LeafInput; short?: BilingualMessage };
    if ('fraction' in level.award) {
      candidate = {
        score: roundDecimal(weight.times(level.award.fraction), policy),
        input: { level: level.id },
      };
    } else {
      const { range } = level.award;
      const high = weight.times(range.max);
      if (range.maxInclusive) {
        candidate = {
          score: roundDecimal(high, policy),
          input: { level: level.id, score: high, reason },
        };
      } else {
        const score = bestBelow(high, policy);
        const shown = formatDecimal(high);
        candidate = {
          score,
          input: {
            level: level.id,
            score: justBelow(high, weight.times(range.min), policy.scale),
            reason,
          },
          short: {
            zh: `等级「${level.name.zh}」的得分须低于 ${shown}，按 ${policy.scale} 位小数（${policy.mode}）舍入后至多 ${formatDecimal(score)}`,
            en: `the level "${level.name.en ?? level.name.zh}" scores below ${shown}, which rounding (${policy.mode}, ${policy.scale} dp) keeps at ${formatDecimal(score)} at most`,
          },
        };
      }
    }
    if (best === undefined || compareDecimals(candidate.score, best.score) > 0) best = candidate;
  }
  if (best === undefined) return { score: null };
  const shown = formatDecimal(best.score);
  return {
    score: best.score,
    input: best.input,
    why: best.short ?? {
      zh: `最高的等级只给 ${shown} 分`,
      en: `the best level awards ${shown}`,
    },
  };
}

/** A value of the band that an input can give (rates are never negative), if there is one. */
function valueIn(band: Band, nonNegative: boolean): Dec | undefined {
  let from = band.from;
  if (nonNegative && (from === undefined || from.value.isNegative()))
    from = { value: ZERO, inclusive: true };
  const { to } = band;
  let value: Dec;
  if (from === undefined)
    value = to === undefined ? ZERO : to.inclusive ? to.value : to.value.minus(ONE);
  else if (from.inclusive) value = from.value;
  else value = to === undefined ? from.value.plus(ONE) : from.value.plus(to.value).dividedBy(2);
  return contains(band, value) && !(nonNegative && value.isNegative()) ? value : undefined;
}

function bestBands(rule: BandsRule, weight: Dec, policy: RoundingPolicy): BestLeaf {
  const rate = rule.measure === 'rate';
  if (rate && rule.target?.isZero() === true) return noInput;
  let best: { score: Dec; value: Dec } | undefined;
  for (const band of rule.bands) {
    const value = valueIn(band, rate);
    if (value === undefined) continue;
    // The first band holding the value is the one that scores it.
    const scoring = rule.bands.find((each) => contains(each, value)) ?? band;
    const score = roundDecimal(awardOf(scoring, weight), policy);
    if (best === undefined || compareDecimals(score, best.score) > 0) best = { score, value };
  }
  if (best === undefined) return { score: null };
  const input: LeafInput = !rate
    ? { actual: best.value }
    : rule.target === undefined
      ? { actual: best.value, target: ONE }
      : { actual: best.value.times(rule.target) };
  const shown = formatDecimal(best.score);
  return {
    score: best.score,
    input,
    why: { zh: `最高一档只给 ${shown} 分`, en: `its best band awards ${shown}` },
  };
}

function bestThreshold(rule: ThresholdRule, weight: Dec, policy: RoundingPolicy): BestLeaf {
  if (rule.comparison === 'yes')
    return { score: roundDecimal(weight, policy), input: { answer: true } };
  const target = rule.target ?? ONE;
  const given = rule.target === undefined ? { target } : {};
  const actual =
    rule.comparison === '>'
      ? target.plus(ONE)
      : rule.comparison === '<'
        ? target.isZero()
          ? undefined
          : ZERO
        : target;
  if (actual !== undefined)
    return { score: roundDecimal(weight, policy), input: { actual, ...given } };
  const shown = formatDecimal(rule.otherwise);
  return {
    score: roundDecimal(rule.otherwise, policy),
    input: { actual: ZERO, ...given },
    why: {
      zh: `实际值须小于目标值 0，而实际值不能为负：至多得 ${shown} 分`,
      en: `the actual must be below its target 0 and cannot be negative: it scores ${shown} at most`,
    },
  };
}

const noInput: BestLeaf = {
  score: null,
  why: {
    zh: '方案规定的目标值为 0，任何输入都无法计算完成率',
    en: 'its fixed target is 0, so no input can be scored',
  },
};

/**
 * The best a built-in rule can score at a weight under a rounding policy.
 *
 * @param rule - a built-in rule
 * @param weight - the leaf's weight
 * @param policy - the scheme's rounding policy
 * @returns the best rounded score, the input that earns it, and why it is short of the weight
 *
 * @example
 * bestLeaf(manualRule(), decimal(5), defaultRoundingPolicy).score; // → 5
 *
 * @internal
 */
export function bestLeaf(rule: Rule, weight: Dec, policy: RoundingPolicy): BestLeaf {
  const full = roundDecimal(weight, policy);
  const reasonOf = (given: { readonly deviationReason?: unknown }) =>
    given.deviationReason === undefined ? {} : { reason };
  switch (rule.kind) {
    case 'ratio': {
      if (rule.target?.isZero() === true) return noInput;
      const target = rule.target ?? ONE;
      // A rate rounded first reaches the cap only from above: a whole rate beyond it is capped.
      const rate =
        rule.roundRateTo === undefined
          ? rule.cap
          : roundDecimal(rule.cap, { scale: 0, mode: 'down' }).plus(ONE);
      return {
        score: full,
        input: {
          actual: rate.times(target),
          ...(rule.target === undefined ? { target } : {}),
          ...reasonOf(rule),
        },
      };
    }
    case 'equal': {
      const target = rule.target ?? ONE;
      return {
        score: full,
        input: {
          actual: target,
          ...(rule.target === undefined ? { target } : {}),
          ...reasonOf(rule),
        },
      };
    }
    case 'reverse':
      return {
        score: full,
        input: { actual: ZERO, ...(rule.target === undefined ? { target: ONE } : {}) },
      };
    case 'threshold':
      return bestThreshold(rule, weight, policy);
    case 'bands':
      return bestBands(rule, weight, policy);
    case 'level':
      return bestLevel(rule, weight, policy);
    case 'deduction':
      return { score: full, input: { occurrences: 0 } };
    case 'manual':
      return { score: full, input: { score: weight } };
    default: {
      const unknown: never = rule;
      throw new Error(`unreachable: unknown rule ${JSON.stringify(unknown)}`);
    }
  }
}
