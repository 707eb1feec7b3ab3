import { fixedText, formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import type { CategoryResult } from '../evaluation/Evaluation.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { PreparedCategory, PreparedLeaf, PreparedNode } from './prepareScheme.js';
import type { ScoredNode } from './ScoredNode.js';
import { scoreRate } from './scoreRate.js';
import { sumOfUnits, textOfUnits, unitScoreRate } from './scoreUnits.js';

const ZERO = new JixiaoDecimal(0);

/**
 * A category scored from counts of units: its decimal score is read from its text when asked (by
 * a parent summing decimals, or by grading), as most parents sum counts too.
 */
class CountedCategory implements ScoredNode {
  readonly result: CategoryResult;
  readonly units: number;
  readonly applicableWeight: Dec;
  readonly notApplicableWeight: Dec;
  readonly #text: string;
  #score: Dec | undefined;

  constructor(result: CategoryResult, units: number, text: string, weight: Dec) {
    this.result = result;
    this.units = units;
    this.#text = text;
    this.applicableWeight = weight;
    this.notApplicableWeight = ZERO;
  }

  get score(): Dec {
    this.#score ??= new JixiaoDecimal(this.#text);
    return this.#score;
  }
}

function categoryResult(
  node: PreparedCategory,
  children: readonly ScoredNode[],
  parts: Pick<CategoryResult, 'applicableWeight' | 'status' | 'score' | 'scoreRatePercent'>,
): CategoryResult {
  return Object.freeze({
    type: 'category',
    id: node.id,
    name: node.name,
    path: node.path,
    weight: node.weightText,
    applicableWeight: parts.applicableWeight,
    status: parts.status,
    score: parts.score,
    scoreRatePercent: parts.scoreRatePercent,
    children: Object.freeze(children.map((child) => child.result)),
  });
}

/** A category from its scored children: their sums, and its own frozen result. */
function aggregateCategory(
  node: PreparedCategory,
  children: readonly ScoredNode[],
  scheme: Scheme<RuleBase>,
): ScoredNode {
  const { scale, mode } = scheme.rounding;
  let anyScored = false;
  let anyNotApplicable = false;
  for (const child of children) {
    if (child.score !== null) anyScored = true;
    if (!child.notApplicableWeight.isZero()) anyNotApplicable = true;
  }
  // Every child scored, none 不适用: the sum is a count when theirs are (the usual case).
  const units = anyScored && !anyNotApplicable ? sumOfUnits(children) : undefined;
  if (units !== undefined) {
    const text = textOfUnits(units, scale);
    const counted =
      node.unitRate === undefined ? undefined : unitScoreRate(units, node.unitRate, mode);
    const scoreRatePercent =
      counted ?? scoreRate(new JixiaoDecimal(text), node.weight, mode, node.percentPerPoint);
    const result = categoryResult(node, children, {
      applicableWeight: node.weightText,
      status: 'scored',
      score: text,
      scoreRatePercent,
    });
    return new CountedCategory(result, units, text, node.weight);
  }
  let score: Dec | null = null;
  for (const child of children) {
    if (child.score !== null) score = score === null ? child.score : score.plus(child.score);
  }
  // Without 不适用 leaves below, the weights are the category's own: no sums needed.
  const applicableWeight = anyNotApplicable
    ? children.reduce((sum, child) => sum.plus(child.applicableWeight), ZERO)
    : node.weight;
  const notApplicableWeight = anyNotApplicable
    ? children.reduce((sum, child) => sum.plus(child.notApplicableWeight), ZERO)
    : ZERO;
  const result = categoryResult(node, children, {
    applicableWeight: anyNotApplicable ? formatDecimal(applicableWeight) : node.weightText,
    status: score === null ? 'not_applicable' : 'scored',
    score: score === null ? null : fixedText(score, scale),
    scoreRatePercent: scoreRate(
      score,
      applicableWeight,
      mode,
      anyNotApplicable ? undefined : node.percentPerPoint,
    ),
  });
  return { result, score, units: undefined, applicableWeight, notApplicableWeight };
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
