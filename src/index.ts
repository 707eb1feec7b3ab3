// jixiao: exact, explainable scoring of performance-evaluation scorecards (预算绩效自评).
export {
  JixiaoDecimal,
  type Dec,
  type DecimalInput,
  decimal,
  parseDecimal,
  decimalLimits,
  roundDecimal,
  roundingModes,
  defaultRoundingPolicy,
  type RoundingMode,
  type RoundingPolicy,
  formatDecimal,
  groupThousands,
} from './decimal/index.js';
export {
  type Issue,
  type IssuePath,
  type BilingualMessage,
  type Result,
  type Issues,
  success,
  failure,
  failureOf,
  createIssue,
  formatIssuePath,
  JixiaoError,
} from './issues/index.js';
export type {
  Evaluation,
  NodeResult,
  LeafResult,
  CategoryResult,
  GradeResult,
  JsonValue,
} from './evaluation/Evaluation.js';
export { explain, explainLeaf, type LeafExplanation } from './evaluation/explain.js';
export type { Language } from './issues/Language.js';
export type { LocalizedText } from './issues/LocalizedText.js';
export type {
  Scheme,
  CategoryNode,
  LeafNode,
  IndicatorNode,
  GradeBand,
  NotApplicablePolicy,
  RuleBasis,
} from './scheme/Scheme.js';
export { leafRoles, type LeafRole } from './scheme/LeafRole.js';
export { traceRoles, type TraceRole } from './rules/TraceStep.js';
export { defineScheme, category, leaf, type SchemeOptions } from './scheme/builders.js';
export { defaultGradeBands } from './scheme/defaultGradeBands.js';
export type { RuleBase } from './rules/RuleBase.js';
export type { Rule } from './rules/Rule.js';
export type {
  RuleKind,
  DescribedRuleKind,
  RuleContext,
  RuleOutcome,
  RuleDirection,
  RuleShape,
  RulePoints,
} from './rules/RuleKind.js';
export type { RuleOf, RuleOfKind } from './rules/Rule.js';
export type { LeafInput, Inputs, DeductionItem } from './rules/LeafInput.js';
export type { TraceStep, TraceValue, TraceOperation } from './rules/TraceStep.js';
export type { Finding } from './rules/Finding.js';
export {
  ratioRule,
  ratioRuleKind,
  type RatioRule,
  type RatioRuleOptions,
} from './rules/ratio/index.js';
export {
  equalRule,
  equalRuleKind,
  type EqualRule,
  type EqualRuleOptions,
} from './rules/equal/index.js';
export {
  reverseRule,
  reverseRuleKind,
  type ReverseRule,
  type ReverseRuleOptions,
  type ReverseFormula,
} from './rules/reverse/index.js';
export {
  thresholdRule,
  thresholdRuleKind,
  comparisons,
  type ThresholdRule,
  type ThresholdRuleOptions,
  type Comparison,
} from './rules/threshold/index.js';
export {
  bandsRule,
  bandsRuleKind,
  type BandsRule,
  type Band,
  type BandBound,
  type BandAward,
  type BandOptions,
} from './rules/bands/index.js';
export type { BandBoundOptions } from './rules/bands/bandsRule.js';
export {
  levelRule,
  levelRuleKind,
  nationalLevelRule,
  completionLevelRule,
  type LevelRule,
  type Level,
  type LevelOptions,
  type FractionRange,
} from './rules/level/index.js';
export { deductionRule, deductionRuleKind, type DeductionRule } from './rules/deduction/index.js';
export { manualRule, manualRuleKind, type ManualRule } from './rules/manual/index.js';
export { builtInRuleKinds, type BuiltInRuleKinds } from './rules/builtInRuleKinds.js';
export type { DeviationReasonRequirement } from './rules/support/ruleSupport.js';
export { createEngine, type Engine } from './evaluate/createEngine.js';
export { evaluate } from './evaluate/evaluate.js';
export { validateScheme } from './evaluate/validateScheme.js';
export { indexNodes } from './evaluation/indexNodes.js';
