import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { BatchSummary } from './BatchSummary.js';

const lists = ['grades', 'ranking', 'categories', 'failures', 'flagged'] as const;

/**
 * Checks that an untyped caller passed a batch summary (what `createBatchSummary().summary()`
 * returns) to a summary writer, and throws an `invalid_argument` error otherwise. It checks the
 * shape of the top level only: a summary is library-made.
 *
 * @param value - what was passed
 * @throws JixiaoError with an `invalid_argument` issue when it is not a batch summary
 *
 * @example
 * requireSummary(createBatchSummary().summary()); // passes
 * requireSummary(5); // throws invalid_argument
 * @internal
 */
export function requireSummary(value: unknown): asserts value is BatchSummary {
  if (
    isRecord(value) &&
    typeof value['documents'] === 'number' &&
    isRecord(value['outcomes']) &&
    lists.every((list) => Array.isArray(value[list]))
  )
    return;
  throw invalidArgument(
    'summary',
    {
      zh: '批量汇总（createBatchSummary().summary() 的结果）',
      en: 'a batch summary (what createBatchSummary().summary() returns)',
    },
    value,
  );
}
