import { builtInRuleKinds } from './builtInRuleKinds.js';
import type { RuleBase } from './RuleBase.js';
import type { RuleKind } from './RuleKind.js';

// A kind's methods only ever receive rules whose `kind` matched its own, so widening each entry
// to RuleKind<RuleBase> is sound even though TypeScript cannot see it. A Map, so that a `kind`
// read from a file ("constructor", "__proto__") never finds an inherited property.
const byKind = new Map<string, RuleKind<RuleBase>>(
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- sound, as said above
  Object.entries(builtInRuleKinds) as [string, RuleKind<RuleBase>][],
);

/**
 * The built-in rule kind named `kind`, or undefined.
 *
 * @param kind - a rule's `kind`
 * @returns the rule kind
 *
 * @internal
 */
export function findBuiltInRuleKind(kind: string): RuleKind<RuleBase> | undefined {
  return byKind.get(kind);
}
