import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { LeafResult } from './Evaluation.js';

const isDecimalOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/**
 * Whether a value has the fields of a node result that the renderers and `explain` read: a
 * string id and weight, a name with its Chinese text, a score and 得分率 (strings or `null`), and
 * for a leaf its trace and findings, for a category its children. A cheap check of the shape,
 * not of the numbers.
 *
 * @param value - what an untyped caller passed
 * @returns true when it looks like a node the library made
 * @internal
 */
export function isNodeResult(value: unknown): boolean {
  if (!isRecord(value) || typeof value['id'] !== 'string' || typeof value['weight'] !== 'string')
    return false;
  const name = value['name'];
  if (!isRecord(name) || typeof name['zh'] !== 'string') return false;
  if (!isDecimalOrNull(value['score']) || !isDecimalOrNull(value['scoreRatePercent'])) return false;
  if (value['type'] === 'category') return Array.isArray(value['children']);
  return (
    value['type'] === 'leaf' &&
    typeof value['status'] === 'string' &&
    Array.isArray(value['trace']) &&
    Array.isArray(value['findings'])
  );
}

/**
 * Checks that an untyped caller passed a leaf of an evaluation where one is expected, and throws
 * an `invalid_argument` error otherwise (never a `TypeError` from inside a renderer).
 *
 * @param value - what was passed
 * @param parameter - the parameter's name, for the error (default `leaf`)
 * @throws JixiaoError with an `invalid_argument` issue when it is not a leaf result
 *
 * @example
 * requireLeafResult(node); // passes for a leaf of an evaluation
 * requireLeafResult(null); // throws: 参数「leaf」应为评价结果中的叶子指标，收到的是空值（null）
 * @internal
 */
export function requireLeafResult(value: unknown, parameter = 'leaf'): asserts value is LeafResult {
  if (!isNodeResult(value) || !isRecord(value) || value['type'] !== 'leaf')
    throw invalidArgument(
      parameter,
      { zh: '评价结果中的叶子指标', en: 'a leaf of an evaluation' },
      value,
    );
}
