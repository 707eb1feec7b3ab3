import { fixedText, formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import type { CategoryResult } from '../evaluation/Evaluation.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { PreparedCategory, PreparedLeaf, PreparedNode } from './prepareScheme.js';
import type { ScoredNode } from './ScoredNode.js';
import { scoreRate } from './scoreRate.js';

const ZERO = new JixiaoDecimal(0);

/** A category from its scored children: their sums, and its own frozen result. */
function aggregateCategory(
  node: PreparedCategory,
  children: readonly ScoredNode[],
  scheme: Scheme<RuleBase>,
): ScoredNode {
  let score: Dec | null = null;
  let anyNotApplicable = false;
  for (const child of children) {
    if (child.score !== null) score = score === null ? child.score : score.plus(child.score);
    if (!child.notApplicableWeight.isZero()) anyNotApplicable = true;
  }
  // Without 不适用 leaves below, the weights are the category's own: no sums needed.
  const applicableWeight = anyNotApplicable
    ? children.reduce((sum, child) => sum.plus(child.applicableWeight), ZERO)
    : node.weight;
  const notApplicableWeight = anyNotApplicable
    ? children.reduce((sum, child) => sum.plus(child.notApplicableWeight), ZERO)
    : ZERO;
  const result: CategoryResult = Object.freeze({
    type: 'category',
    id: node.id,
    name: node.name,
    path: node.path,
    weight: node.weightText,
    applicableWeight: anyNotApplicable ? formatDecimal(applicableWeight) : node.weightText,
    status: score === null ? 'not_applicable' : 'scored',
    score: score === null ? null : fixedText(score, scheme.rounding.scale),
    scoreRatePercent: scoreRate(
      score,
      applicableWeight,
      scheme.rounding.mode,
      anyNotApplicable ? undefined : node.percentPerPoint,
    ),
    children: Object.freeze(children.map((child) => child.result)),
  });
  return { result, score, applicableWeight, notApplicableWeight };
}

/**
 * Scores a prepared tree from the leaves up: each leaf by `scoreLeaf`, each category as the sum of
 * its children's scores, with the weight applicable below it and the weight marked 不适用.
 *
 * @param nodes - the prepared top-level nodes, in scheme order
 * @param scheme - the scheme, for its rounding policy
 * @param scoreLeaf - scores one leaf of this evaluation
 * @returns the scored top-level nodes, in scheme order
 *
 * @internal
 */
export function aggregate(
  nodes: readonly PreparedNode[],
  scheme: Scheme<RuleBase>,
  scoreLeaf: (leaf: PreparedLeaf) => ScoredNode,
): readonly ScoredNode[] {
  const scoreNode = (node: PreparedNode): ScoredNode =>
    node.type === 'leaf'
      ? scoreLeaf(node)
      : aggregateCategory(node, node.children.map(scoreNode), scheme);
  return nodes.map(scoreNode);
}
