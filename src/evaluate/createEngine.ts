import { invalidArgument } from '../issues/invalidArgument.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { createPreparedSchemeCache } from './createPreparedSchemeCache.js';
import { createRuleKindRegistry } from './createRuleKindRegistry.js';
import type { Engine } from './Engine.js';
import { evaluatePrepared } from './evaluatePrepared.js';

// src/index.ts and src/testing/verifyScheme.ts import the engine's type from here.
export type { Engine } from './Engine.js';

const anOptionsObject = { zh: '选项对象 { ruleKinds? }', en: 'an options object { ruleKinds? }' };

/**
 * Creates an engine that knows the built-in rule kinds and the custom kinds given. There is no
 * global registry: two engines with different kinds can live side by side.
 *
 * @param options - custom rule kinds; their `kind` must not repeat a built-in or another custom one
 * @returns the engine
 * @throws JixiaoError with a `duplicate_rule_kind` issue when a `kind` repeats, or with an
 *   `invalid_argument` issue when untyped code passes options that are not an object, or rule
 *   kinds that are not a list of rule kinds
 *
 * @example
 * const engine = createEngine({ ruleKinds: [myKind] });
 * const result = engine.evaluate(scheme, inputs);
 */
export function createEngine<C extends RuleBase = never>(
  options: { readonly ruleKinds?: readonly RuleKind<C>[] } = {},
): Engine<Rule | C> {
  const given: unknown = options;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw invalidArgument('options', anOptionsObject, given);
  }
  const ruleKind = createRuleKindRegistry(options.ruleKinds ?? []);
  const prepared = createPreparedSchemeCache(ruleKind);
  return {
    validateScheme: (scheme) => prepared(scheme).issues,
    evaluate: (scheme, inputs) => evaluatePrepared(prepared(scheme), inputs),
    ruleKind,
  };
}
