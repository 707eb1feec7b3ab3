import { invalidArgument } from '../issues/invalidArgument.js';
import type { Evaluation, NodeResult } from './Evaluation.js';

const anEvaluation = {
  zh: '评价结果（evaluate 返回的 value）',
  en: 'an evaluation (the value evaluate returns)',
};
const aNode = { zh: '指标结果 { type, id, … }', en: 'a node result { type, id, … }' };

/** Whether a value can be walked as a node result: an object with an id (and children, if any). */
function isNode(value: unknown): value is NodeResult {
  if (typeof value !== 'object' || value === null) return false;
  const type: unknown = Reflect.get(value, 'type');
  return (
    typeof Reflect.get(value, 'id') === 'string' &&
    (type !== 'category' || Array.isArray(Reflect.get(value, 'children')))
  );
}

/**
 * Indexes an evaluation's nodes by id, in tree order (categories before their children).
 *
 * @param evaluation - the evaluation
 * @returns id → node result
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something that is
 *   not an evaluation (no `indicators` array, or a node without an id)
 *
 * @example
 * indexNodes(evaluation).get('budget-execution-rate')?.score; // "9.96"
 */
export function indexNodes(evaluation: Evaluation): ReadonlyMap<string, NodeResult> {
  const given: unknown = evaluation;
  const indicators: unknown =
    typeof given === 'object' && given !== null ? Reflect.get(given, 'indicators') : undefined;
  if (!Array.isArray(indicators)) throw invalidArgument('evaluation', anEvaluation, given);
  const found = new Map<string, NodeResult>();
  const visit = (node: unknown): void => {
    // A node anywhere in the tree: the message names what was found, not an index path.
    if (!isNode(node)) throw invalidArgument('evaluation.indicators', aNode, node);
    found.set(node.id, node);
    if (node.type === 'category') {
      for (const child of node.children) visit(child);
    }
  };
  for (const node of indicators) visit(node);
  return found;
}
