import { bandsRuleKind } from './BandsRule.js';
import { deductionRuleKind } from './DeductionRule.js';
import { equalRuleKind } from './EqualRule.js';
import { levelRuleKind } from './LevelRule.js';
import { manualRuleKind } from './ManualRule.js';
import { ratioRuleKind } from './RatioRule.js';
import { reverseRuleKind } from './ReverseRule.js';
import type { Rule } from './Rule.js';
import type { RuleKind } from './RuleKind.js';
import { thresholdRuleKind } from './ThresholdRule.js';

/** Every built-in rule kind, keyed by its `kind`; the type checker holds the map complete. */
export const builtInRuleKinds: { readonly [K in Rule['kind']]: RuleKind<Extract<Rule, { kind: K }>> } = Object.freeze({
  ratio: ratioRuleKind,
  equal: equalRuleKind,
  reverse: reverseRuleKind,
  threshold: thresholdRuleKind,
  bands: bandsRuleKind,
  level: levelRuleKind,
  deduction: deductionRuleKind,
  manual: manualRuleKind,
});
