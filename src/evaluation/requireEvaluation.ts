import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { Evaluation } from './Evaluation.js';
import { isNodeResult } from './requireLeafResult.js';

const hasChineseText = (value: unknown): boolean =>
  isRecord(value) && typeof value['zh'] === 'string';

/** The top-level fields of an evaluation that every renderer reads. */
function hasEvaluationFields(value: unknown): value is Readonly<Record<string, unknown>> {
  if (!isRecord(value)) return false;
  const { scheme, grade, rounding } = value;
  return (
    isRecord(scheme) &&
    typeof scheme['id'] === 'string' &&
    typeof scheme['version'] === 'string' &&
    hasChineseText(scheme['title']) &&
    isRecord(grade) &&
    hasChineseText(grade['name']) &&
    isRecord(rounding) &&
    typeof value['fullMarks'] === 'string' &&
    typeof value['total'] === 'string' &&
    typeof value['scoreRatePercent'] === 'string' &&
    Array.isArray(value['indicators'])
  );
}

/**
 * Checks that an untyped caller passed an evaluation (what `evaluate` returns) to a renderer or
 * to `explain`, and throws an `invalid_argument` error otherwise, naming the first node that is
 * not a node result in tree order (`evaluation.indicators[0].children[2]`). It checks shapes, not numbers, in
 * one pass over the tree without recursion.
 *
 * @param value - what was passed
 * @throws JixiaoError with an `invalid_argument` issue when it is not an evaluation
 *
 * @example
 * requireEvaluation(evaluation); // passes
 * requireEvaluation(5); // throws: 参数「evaluation」应为评价结果（evaluate 返回的 value），收到的是数字
 * @internal
 */
export function requireEvaluation(value: unknown): asserts value is Evaluation {
  if (!hasEvaluationFields(value))
    throw invalidArgument(
      'evaluation',
      { zh: '评价结果（evaluate 返回的 value）', en: 'an evaluation (the value evaluate returns)' },
      value,
    );
  const pending: { readonly node: unknown; readonly where: string }[] = [];
  const push = (nodes: unknown, where: string): void => {
    if (!Array.isArray(nodes)) return;
    // Pushed last child first, so that nodes are checked in tree order.
    for (let index = nodes.length - 1; index >= 0; index -= 1)
      pending.push({ node: nodes[index], where: `${where}[${index}]` });
  };
  push(value['indicators'], 'evaluation.indicators');
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, where } = next;
    if (!isNodeResult(node))
      throw invalidArgument(
        where,
        { zh: '指标结果（类别或叶子）', en: 'a node result (a category or a leaf)' },
        node,
      );
    if (isRecord(node)) push(node['children'], `${where}.children`);
  }
}
