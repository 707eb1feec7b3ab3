import { createIssue } from '../issues/createIssue.js';
import { JixiaoError } from '../issues/JixiaoError.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { visibleText } from '../issues/visibleText.js';
import { builtInRuleKinds } from '../rules/builtInRuleKinds.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { RuleKindLookup } from '../scheme/validateSchemeWith.js';
import { isRuleKind } from './isRuleKind.js';

const aList = { zh: '规则类型数组', en: 'an array of rule kinds' };
const aRuleKind = {
  zh: '规则类型（含字符串 kind、数组 inputFields 与函数 directionOf、validateRule、evaluate）',
  en: 'a rule kind (a string kind, an array inputFields, and functions directionOf, validateRule and evaluate)',
};

/**
 * Builds an engine's lookup from `kind` to rule kind: the built-in kinds and the custom ones.
 *
 * @param custom - custom rule kinds; their `kind` must not repeat a built-in or another custom one
 * @returns the lookup
 * @throws JixiaoError with a `duplicate_rule_kind` issue when a `kind` repeats, or with an
 *   `invalid_argument` issue when untyped code passes something other than a list of rule kinds
 *
 * @internal
 */
export function createRuleKindRegistry<C extends RuleBase>(
  custom: readonly RuleKind<C>[],
): RuleKindLookup {
  // A kind's evaluator only ever receives rules whose `kind` matched its own, so holding every
  // kind as a RuleKind<RuleBase> (which method parameters' bivariance lets through) is sound.
  const kinds = new Map<string, RuleKind<RuleBase>>(Object.entries(builtInRuleKinds));
  const given: unknown = custom;
  if (!Array.isArray(given)) throw invalidArgument('ruleKinds', aList, given);
  custom.forEach((kind: unknown, index) => {
    if (!isRuleKind(kind)) throw invalidArgument(`ruleKinds[${String(index)}]`, aRuleKind, kind);
  });
  for (const kind of custom) {
    if (kinds.has(kind.kind)) {
      const shown = visibleText(kind.kind);
      throw new JixiaoError([
        createIssue('duplicate_rule_kind', ['ruleKinds', kind.kind], {
          zh: `规则类型重复：${shown}`,
          en: `Duplicate rule kind: ${shown}`,
        }),
      ]);
    }
    kinds.set(kind.kind, kind);
  }
  return (kind) => kinds.get(kind);
}
