import type { BandsRule } from './bands/bandsRule.js';
import type { DeductionRule } from './deduction/deductionRule.js';
import type { EqualRule } from './equal/equalRule.js';
import type { LevelRule } from './level/levelRule.js';
import type { ManualRule } from './manual/manualRule.js';
import type { RatioRule } from './ratio/ratioRule.js';
import type { ReverseRule } from './reverse/reverseRule.js';
import type { ThresholdRule } from './threshold/thresholdRule.js';
import { bandsRuleKind } from './bands/bandsRuleKind.js';
import { deductionRuleKind } from './deduction/deductionRuleKind.js';
import { equalRuleKind } from './equal/equalRuleKind.js';
import { levelRuleKind } from './level/levelRuleKind.js';
import { manualRuleKind } from './manual/manualRuleKind.js';
import { ratioRuleKind } from './ratio/ratioRuleKind.js';
import { reverseRuleKind } from './reverse/reverseRuleKind.js';
import type { RuleBase } from './RuleBase.js';
import type { DescribedRuleKind, RuleKind } from './RuleKind.js';
import { thresholdRuleKind } from './threshold/thresholdRuleKind.js';

/** What the registry holds for key `K`: a kind whose `kind` is `K`, with its description. */
type RegisteredKind<K> = RuleKind<RuleBase & { readonly kind: K }> & {
  readonly describe: NonNullable<RuleKind<RuleBase & { readonly kind: K }>['describe']>;
};

/** Compiles only when each key names its kind and every kind describes itself. */
type CheckedRegistry<T extends { readonly [K in keyof T]: RegisteredKind<K> }> = T;

/** The built-in rule kinds, keyed by `kind`, each with its description. */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- an interface has no implicit index signature, and Object.values would give any[]
export type BuiltInRuleKinds = {
  readonly ratio: DescribedRuleKind<RatioRule>;
  readonly equal: DescribedRuleKind<EqualRule>;
  readonly reverse: DescribedRuleKind<ReverseRule>;
  readonly threshold: DescribedRuleKind<ThresholdRule>;
  readonly bands: DescribedRuleKind<BandsRule>;
  readonly level: DescribedRuleKind<LevelRule>;
  readonly deduction: DescribedRuleKind<DeductionRule>;
  readonly manual: DescribedRuleKind<ManualRule>;
};

const kinds: CheckedRegistry<BuiltInRuleKinds> = {
  ratio: ratioRuleKind,
  equal: equalRuleKind,
  reverse: reverseRuleKind,
  threshold: thresholdRuleKind,
  bands: bandsRuleKind,
  level: levelRuleKind,
  deduction: deductionRuleKind,
  manual: manualRuleKind,
};

/**
 * Every built-in rule kind, keyed by `kind`: what the default engine scores, and what a custom
 * kind's name must not repeat.
 *
 * @example
 * Object.keys(builtInRuleKinds);
 * // → ['ratio', 'equal', 'reverse', 'threshold', 'bands', 'level', 'deduction', 'manual']
 * builtInRuleKinds.ratio.inputFields; // → ['actual', 'target']
 */
export const builtInRuleKinds: BuiltInRuleKinds = Object.freeze(kinds);
