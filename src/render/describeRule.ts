import type { Language } from '../issues/Language.js';
import { findBuiltInRuleKind } from '../rules/findBuiltInRuleKind.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';

/**
 * Describes a rule in one line, for documentation and score sheets: its kind and parameters,
 * e.g. "正向：实际 ÷ 目标 × 分值，100% 得满分；目标值 1,050；≥120% 提示复核". Each rule kind
 * writes its own description (`describe`); a custom kind without one is named by its `kind`.
 *
 * @param rule - a rule
 * @param lang - `zh` (default) or `en`
 * @param options - `ruleKinds`: custom kinds whose descriptions to use
 * @returns the description
 *
 * @example
 * describeRule(ratioRule({ target: 1050 })); // "正向：实际 ÷ 目标 × 分值，100% 得满分；目标值 1,050；≥120% 提示复核"
 */
export function describeRule<R extends RuleBase>(
  rule: R,
  lang: Language = 'zh',
  options: { readonly ruleKinds?: readonly RuleKind<R>[] } = {},
): string {
  const kind =
    options.ruleKinds?.find((each) => each.kind === rule.kind) ?? findBuiltInRuleKind(rule.kind);
  return kind?.describe?.(rule, lang) ?? rule.kind;
}
