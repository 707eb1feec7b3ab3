import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import type { Evaluation, LeafResult, NodeResult } from '../../evaluation/Evaluation.js';

/** A leaf that scored below its weight, and by how much. */
export interface LostPoints {
  readonly leaf: LeafResult;
  /** 分值 − 得分, exactly. */
  readonly lost: Dec;
}

/**
 * The leaves that lost points (分值 − 得分 > 0), the most first and, among equals, in tree order;
 * a leaf left out as not applicable lost none. The differences are exact decimals.
 *
 * @param evaluation - the evaluation
 * @returns the leaves with what each lost
 *
 * @example
 * lostPoints(nanzhou)[0]?.lost.toString(); // → '5' (绩效管理制度建设)
 * @internal
 */
export function lostPoints(evaluation: Evaluation): readonly LostPoints[] {
  const found: LostPoints[] = [];
  const visit = (node: NodeResult): void => {
    if (node.type === 'category') {
      node.children.forEach(visit);
      return;
    }
    if (node.score === null) return;
    const lost = new JixiaoDecimal(node.weight).minus(node.score);
    if (lost.greaterThan(0)) found.push({ leaf: node, lost });
  };
  evaluation.indicators.forEach(visit);
  // Array.prototype.sort is stable: equal losses keep their tree order.
  return found.sort((a, b) => b.lost.comparedTo(a.lost));
}
