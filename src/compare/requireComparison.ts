import { invalidArgument } from '../issues/invalidArgument.js';
import { isRecord } from '../issues/isRecord.js';
import type { EvaluationComparison } from './EvaluationComparison.js';

/** Whether one side of the comparison has what the renderers read. */
const isSide = (value: unknown): boolean =>
  isRecord(value) &&
  isRecord(value['scheme']) &&
  isRecord(value['grade']) &&
  typeof value['total'] === 'string';

/**
 * Checks that an untyped caller passed a comparison (what `compareEvaluations` returns) to a
 * renderer, and throws an `invalid_argument` error otherwise.
 *
 * @param value - what was passed
 * @throws JixiaoError with an `invalid_argument` issue when it is not a comparison
 *
 * @example
 * requireComparison(compareEvaluations(before, after)); // passes
 * requireComparison({}); // throws: 参数「comparison」应为对比结果（compareEvaluations 的返回值），…
 * @internal
 */
export function requireComparison(value: unknown): asserts value is EvaluationComparison {
  const valid =
    isRecord(value) &&
    isSide(value['before']) &&
    isSide(value['after']) &&
    isRecord(value['leafCounts']) &&
    Array.isArray(value['indicators']) &&
    value['indicators'].every((row: unknown) => isRecord(row) && typeof row['status'] === 'string');
  if (!valid)
    throw invalidArgument(
      'comparison',
      {
        zh: '对比结果（compareEvaluations 的返回值）',
        en: 'a comparison (what compareEvaluations returns)',
      },
      value,
    );
}
