import { lineText } from '../evaluation/lineText.js';
import { requireLanguage } from '../evaluation/requireLanguage.js';
import { requireOptions } from '../evaluation/requireOptions.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { Language } from '../issues/Language.js';
import { findBuiltInRuleKind } from '../rules/findBuiltInRuleKind.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';

/**
 * Describes a rule in one line, for documentation and score sheets: its kind and parameters,
 * e.g. "正向：实际 ÷ 目标 × 分值，100% 得满分；目标值 1,050；≥120% 提示复核". Each rule kind
 * writes its own description (`describe`); a custom kind without one is named by its `kind`.
 * The description is one line: text from the scheme (level names, labels) has its line breaks
 * folded and its terminal controls shown as escapes (see `lineText`).
 *
 * @param rule - a rule
 * @param lang - `zh` (default) or `en`
 * @param options - `ruleKinds`: custom kinds whose descriptions to use
 * @returns the description
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than a
 *   rule (an object with a string `kind`), another language, or `ruleKinds` that is not an array
 *
 * @example
 * describeRule(ratioRule({ target: 1050 })); // "正向：实际 ÷ 目标 × 分值，100% 得满分；目标值 1,050；≥120% 提示复核"
 */
export function describeRule<R extends RuleBase>(
  rule: R,
  lang: Language = 'zh',
  options: { readonly ruleKinds?: readonly RuleKind<R>[] } = {},
): string {
  requireRule(rule);
  const language = requireLanguage(lang, 'lang');
  const ruleKinds = requireOptions(options)['ruleKinds'];
  if (ruleKinds !== undefined && !Array.isArray(ruleKinds))
    throw invalidArgument(
      'options.ruleKinds',
      { zh: '规则类型的数组', en: 'an array of rule kinds' },
      ruleKinds,
    );
  const kind =
    options.ruleKinds?.find((each) => each.kind === rule.kind) ?? findBuiltInRuleKind(rule.kind);
  return lineText(kind?.describe?.(rule, language) ?? rule.kind);
}

/** Throws `invalid_argument` unless an untyped caller passed an object with a string `kind`. */
function requireRule(rule: unknown): void {
  const kind: unknown =
    typeof rule === 'object' && rule !== null && !Array.isArray(rule) && 'kind' in rule
      ? rule.kind
      : undefined;
  if (typeof kind !== 'string')
    throw invalidArgument(
      'rule',
      { zh: '规则（带字符串 kind 的对象）', en: 'a rule (an object with a string kind)' },
      rule,
    );
}
