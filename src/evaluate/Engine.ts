import type { Evaluation } from '../evaluation/Evaluation.js';
import type { Issue } from '../issues/Issue.js';
import type { Result } from '../issues/Result.js';
import type { Inputs } from '../rules/LeafInput.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { RuleKind } from '../rules/RuleKind.js';
import type { Scheme } from '../scheme/Scheme.js';

/** An evaluator bound to a set of rule kinds: the built-in ones plus any custom kinds. */
export interface Engine<R extends RuleBase> {
  /**
   * Every problem with the scheme at once; an empty list when it is valid. A scheme of the wrong
   * shape, or with a decimal that is not one, is reported, never thrown.
   */
  validateScheme(scheme: Scheme<R>): readonly Issue[];
  /**
   * Scores a scheme: every leaf's input through its rule, summed up the tree and graded. Inputs
   * are read at this boundary (decimals as text, numbers or another constructor's decimals are
   * read onto the library's; anything else is an issue): it never throws for what it is given.
   */
  evaluate(scheme: Scheme<R>, inputs: Inputs): Result<Evaluation>;
  /** Resolves a `kind` to its rule kind. */
  ruleKind(kind: string): RuleKind<RuleBase> | undefined;
}
