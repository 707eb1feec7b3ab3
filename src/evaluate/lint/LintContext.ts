// Internal: what every design lint reads, gathered once by lintScheme.
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { IssuePath } from '../../issues/Issue.js';
import type { RuleBase } from '../../rules/RuleBase.js';
import type { CategoryNode, LeafNode, Scheme } from '../../scheme/Scheme.js';
import type { BestLeaf } from './bestLeaf.js';

/** A node of the scheme with its path (`indicators`, 0, `children`, 2, …). */
export interface Placed<N> {
  readonly path: IssuePath;
  readonly node: N;
}

/** The scheme, its leaves and categories in order, each leaf's best, and the lint options. */
export interface LintContext {
  readonly scheme: Scheme<RuleBase>;
  readonly leaves: readonly (Placed<LeafNode<RuleBase>> & {
    /** The leaf's best; undefined for a rule kind the library does not know. */
    readonly best: BestLeaf | undefined;
  })[];
  readonly categories: readonly Placed<CategoryNode<RuleBase>>[];
  /** The largest share of a category's weight one child may carry, when the lint is on. */
  readonly maxShare: Dec | undefined;
}
