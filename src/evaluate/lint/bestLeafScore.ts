import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { defaultRoundingPolicy, type RoundingPolicy } from '../../decimal/RoundingPolicy.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import { isBuiltInRule } from '../../rules/isBuiltInRule.js';
import type { RuleBase } from '../../rules/RuleBase.js';
import { requireDecimal } from '../../decimal/decimalArguments.js';
import { bestLeaf } from './bestLeaf.js';

const aRule = { zh: '规则 { kind, … }', en: 'a rule { kind, … }' };

/**
 * The best score any input can earn a leaf under its rule, rounded as the scheme rounds leaf
 * scores: the weight for rules that can award it in full, less for bands whose best band awards
 * less, levels whose best level awards less, or a range that stops short of the weight and that
 * rounding keeps below it.
 *
 * @param rule - the leaf's rule
 * @param weight - the leaf's weight (分值)
 * @param rounding - the scheme's rounding policy (default 2 dp half-up)
 * @returns the best score; `null` when no input can be scored at all (a fixed target of 0 for a
 *   rate), `undefined` for a rule kind the library does not know
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a rule and a decimal weight
 *
 * @example
 * bestLeafScore(bandsRule({ bands: [{ to: ['0.6', false], points: 0 }, { from: ['0.6', true], points: 8 }] }), decimal(10));
 * // → 8
 */
export function bestLeafScore(
  rule: RuleBase,
  weight: Dec,
  rounding: RoundingPolicy = defaultRoundingPolicy,
): Dec | null | undefined {
  const given: unknown = rule;
  if (typeof given !== 'object' || given === null || typeof rule.kind !== 'string')
    throw invalidArgument('rule', aRule, given);
  requireDecimal(weight, 'weight');
  return isBuiltInRule(rule) ? bestLeaf(rule, weight, rounding).score : undefined;
}
