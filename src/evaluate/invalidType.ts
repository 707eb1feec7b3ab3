import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { typeNameOf } from './typeNameOf.js';

const chineseTypeNames: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数值',
  bigint: '大整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  function: '函数',
  symbol: '符号',
  undefined: '空',
  null: 'null',
};

/** What an untyped caller was expected to give, in both languages and as the `expected` text. */
export interface ExpectedType {
  readonly zh: string;
  readonly en: string;
}

/**
 * Reports a value of the wrong type where a caller that the compiler did not check gave one.
 *
 * @param path - where the value sits
 * @param expected - what belongs there, e.g. `{ zh: '布尔值', en: 'a boolean' }`
 * @param value - what was given
 * @returns an `invalid_type` issue with `expected` and `received`
 *
 * @example
 * invalidType(['inputs', 'rate', 'answer'], { zh: '布尔值', en: 'a boolean' }, 'yes');
 * // → { code: 'invalid_type', message: { zh: '应为布尔值，收到字符串', … }, received: 'string' }
 *
 * @internal
 */
export function invalidType(path: IssuePath, expected: ExpectedType, value: unknown): Issue {
  const received = typeNameOf(value);
  return createIssue(
    'invalid_type',
    path,
    {
      zh: `应为${expected.zh}，收到${chineseTypeNames[received] ?? received}`,
      en: `Expected ${expected.en}; received ${received}`,
    },
    { expected: expected.en, received },
  );
}
