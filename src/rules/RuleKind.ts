import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { RoundingPolicy } from '../decimal/RoundingPolicy.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { Result } from '../issues/Result.js';
import type { Language } from '../issues/Language.js';
import type { Finding } from './Finding.js';
import type { LeafInput } from './LeafInput.js';
import type { RuleBase } from './RuleBase.js';
import type { TraceStep } from './TraceStep.js';

/** What an evaluator is told besides the rule and the input. */
export interface RuleContext {
  /** The leaf's weight (分值). */
  readonly weight: Dec;
  /** The scheme's rounding policy, for rules that round an intermediate value. */
  readonly rounding: RoundingPolicy;
  /** Where the leaf's input sits, for issues: `['inputs', leafId]`. */
  readonly path: IssuePath;
}

/** What an evaluator returns: the exact (unrounded) score, its trace and findings. */
export interface RuleOutcome {
  /** Between 0 and the weight; the engine rounds it with the scheme's policy. */
  readonly score: Dec;
  readonly trace: readonly TraceStep[];
  readonly findings: readonly Finding[];
}

/** How a rule's score moves as its input's `actual` grows, for the verification laws. */
export type RuleDirection = 'increasing' | 'decreasing' | 'none';

/**
 * The shape of a rule's score as a function of `actual`, for the verification laws: `continuous`
 * (no jumps), or stepwise with the only scores it can give.
 */
export type RuleShape =
  { readonly type: 'continuous' } | { readonly type: 'stepwise'; readonly steps: readonly Dec[] };

/**
 * A parameter of a rule that is points (分) awarded or deducted as they stand, not a fraction of
 * the weight: e.g. a threshold's `otherwise` or a band's `points`. `path` is inside the rule.
 */
export interface RulePoints {
  readonly path: IssuePath;
  readonly value: Dec;
}

/**
 * A rule kind: the data type `R` plus its pure evaluator and parameter check. The built-in kinds
 * are values of this type; a user adds a kind by writing one and passing it to
 * {@link createEngine} — there is no global registry.
 *
 * @example
 * const doubled: RuleKind<{ kind: 'doubled' }> = {
 *   kind: 'doubled',
 *   inputFields: ['actual'],
 *   directionOf: () => 'increasing',
 *   validateRule: () => [],
 *   evaluate: (_rule, input, context) => …,
 * };
 */
export interface RuleKind<R extends RuleBase> {
  readonly kind: R['kind'];
  /** The {@link LeafInput} fields this kind reads; any other field given is an issue. */
  readonly inputFields: readonly (keyof LeafInput)[];
  /** How this rule's score responds to a growing `actual`. */
  directionOf(rule: R): RuleDirection;
  /** The shape of the score in `actual` around this input, when the kind promises one. */
  shapeOf?(rule: R, weight: Dec, input: LeafInput): RuleShape | undefined;
  /** Checks the rule's parameters against the leaf's weight; `path` points at the rule. */
  validateRule(rule: R, weight: Dec, path: IssuePath): readonly Issue[];
  /**
   * The rule's parameters that are points (分) it awards or deducts as they stand, for the scheme
   * to check against its rounding scale (a score made of 0.125 points cannot be shown to 2
   * places); fractions of the weight and rates are not points. None when absent.
   */
  pointsOf?(rule: R): readonly RulePoints[];
  /** Scores one input. Must be pure, and return a score in [0, weight] or issues. */
  evaluate(rule: R, input: LeafInput, context: RuleContext): Result<RuleOutcome>;
  /**
   * Describes the rule in one line for documentation, score sheets and explanations, e.g.
   * "正向：实际 ÷ 目标 × 分值，100% 得满分"; without it a rule is named by its `kind`.
   */
  describe?(rule: R, lang: Language): string;
  /** Reads the rule from its JSON form, for schemes loaded from files. */
  parseRule?(json: unknown, path: IssuePath): Result<R>;
}

/** A rule kind that describes itself, as every built-in kind does. */
export type DescribedRuleKind<R extends RuleBase> = RuleKind<R> &
  Required<Pick<RuleKind<R>, 'describe'>>;
