import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';

/**
 * Whether untyped code passed something an engine can call as a rule kind: a string `kind`, an
 * array of `inputFields`, and the functions `directionOf`, `validateRule` and `evaluate` (the
 * optional methods are checked where they are called). A cheap check of the shape, made once
 * when an engine is created, not a check of what the methods do.
 *
 * @param value - what was passed as a rule kind
 * @returns true when it has the fields and methods every rule kind has
 *
 * @example
 * isRuleKind(ratioRuleKind); // true
 * isRuleKind({ kind: 'x' }); // false
 *
 * @internal
 */
export function isRuleKind(value: unknown): value is RuleKind<RuleBase> {
  if (typeof value !== 'object' || value === null) return false;
  const field = (key: string): unknown => Reflect.get(value, key);
  return (
    typeof field('kind') === 'string' &&
    Array.isArray(field('inputFields')) &&
    typeof field('directionOf') === 'function' &&
    typeof field('validateRule') === 'function' &&
    typeof field('evaluate') === 'function'
  );
}
