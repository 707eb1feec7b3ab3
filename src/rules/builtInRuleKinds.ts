import { bandsRuleKind } from './bands/bandsRuleKind.js';
import { deductionRuleKind } from './deduction/deductionRuleKind.js';
import { equalRuleKind } from './equal/equalRuleKind.js';
import { levelRuleKind } from './level/levelRuleKind.js';
import { manualRuleKind } from './manual/manualRuleKind.js';
import { ratioRuleKind } from './ratio/ratioRuleKind.js';
import { reverseRuleKind } from './reverse/reverseRuleKind.js';
import type { RuleBase } from './RuleBase.js';
import type { RuleKind } from './RuleKind.js';
import { thresholdRuleKind } from './threshold/thresholdRuleKind.js';

/** What the registry holds for key `K`: a kind whose `kind` is `K`, with its description. */
type RegisteredKind<K> = RuleKind<RuleBase & { readonly kind: K }> & {
  readonly describe: NonNullable<RuleKind<RuleBase & { readonly kind: K }>['describe']>;
};

/** Compiles only when each key names its kind and every kind describes itself. */
type CheckedRegistry<T extends { readonly [K in keyof T]: RegisteredKind<K> }> = T;

const kinds = {
  ratio: ratioRuleKind,
  equal: equalRuleKind,
  reverse: reverseRuleKind,
  threshold: thresholdRuleKind,
  bands: bandsRuleKind,
  level: levelRuleKind,
  deduction: deductionRuleKind,
  manual: manualRuleKind,
};

export const builtInRuleKinds: CheckedRegistry<typeof kinds> = Object.freeze(kinds);
