import { createIssue } from '../issues/createIssue.js';
import { JixiaoError } from '../issues/JixiaoError.js';
import { builtInRuleKinds } from '../rules/builtInRuleKinds.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { RuleKindLookup } from '../scheme/validateSchemeWith.js';

/**
 * Builds an engine's lookup from `kind` to rule kind: the built-in kinds and the custom ones.
 *
 * @param custom - custom rule kinds; their `kind` must not repeat a built-in or another custom one
 * @returns the lookup
 * @throws JixiaoError with a `duplicate_rule_kind` issue when a `kind` repeats
 *
 * @internal
 */
export function createRuleKindRegistry<C extends RuleBase>(
  custom: readonly RuleKind<C>[],
): RuleKindLookup {
  // A kind's evaluator only ever receives rules whose `kind` matched its own, so holding every
  // kind as a RuleKind<RuleBase> (which method parameters' bivariance lets through) is sound.
  const kinds = new Map<string, RuleKind<RuleBase>>(Object.entries(builtInRuleKinds));
  for (const kind of custom) {
    if (kinds.has(kind.kind)) {
      throw new JixiaoError([
        createIssue('duplicate_rule_kind', ['ruleKinds', kind.kind], {
          zh: `规则类型重复：${kind.kind}`,
          en: `Duplicate rule kind: ${kind.kind}`,
        }),
      ]);
    }
    kinds.set(kind.kind, kind);
  }
  return (kind) => kinds.get(kind);
}
