import type { Rule } from './Rule.js';
import type { RuleBase } from './RuleBase.js';
import { findBuiltInRuleKind } from './findBuiltInRuleKind.js';

/**
 * Whether a rule is one of the built-in kinds (its `kind` names one).
 *
 * @param rule - any rule
 * @returns true for a built-in rule
 *
 * @internal
 */
export function isBuiltInRule(rule: RuleBase): rule is Rule {
  return findBuiltInRuleKind(rule.kind) !== undefined;
}
