import type { Evaluation, NodeResult } from './Evaluation.js';

/**
 * Indexes an evaluation's nodes by id, in tree order (categories before their children).
 *
 * @param evaluation - the evaluation
 * @returns id → node result
 *
 * @example
 * indexNodes(evaluation).get('budget-execution-rate')?.score; // "9.96"
 */
export function indexNodes(evaluation: Evaluation): ReadonlyMap<string, NodeResult> {
  const found = new Map<string, NodeResult>();
  const visit = (node: NodeResult): void => {
    found.set(node.id, node);
    if (node.type === 'category') node.children.forEach(visit);
  };
  evaluation.indicators.forEach(visit);
  return found;
}
