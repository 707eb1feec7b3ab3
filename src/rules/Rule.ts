import type { builtInRuleKinds } from './builtInRuleKinds.js';
import type { RuleKind } from './RuleKind.js';

/** The rule data type a rule kind evaluates. */
export type RuleOfKind<T> = T extends RuleKind<infer R> ? R : never;

/** The built-in rule kinds, discriminated by `kind` (derived from {@link builtInRuleKinds}). */
export type Rule = RuleOfKind<(typeof builtInRuleKinds)[keyof typeof builtInRuleKinds]>;

/** The built-in rule whose `kind` is `K`. */
export type RuleOf<K extends Rule['kind']> = Extract<Rule, { readonly kind: K }>;
