import { invalidArgument } from '../issues/invalidArgument.js';

/**
 * Checks a document's place in a batch given by an untyped caller: a whole number from 0.
 *
 * @param value - what was passed
 * @throws JixiaoError with an `invalid_argument` issue otherwise
 *
 * @example
 * requireIndex(3); // passes
 * requireIndex(-1); // throws invalid_argument
 * @internal
 */
export function requireIndex(value: unknown): asserts value is number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return;
  throw invalidArgument(
    'index',
    {
      zh: '文档在批量中的序号（从 0 起的整数）',
      en: "the document's place in the batch (a whole number from 0)",
    },
    value,
  );
}
