import type { BilingualMessage, Issue, IssuePath } from './Issue.js';
import { JixiaoError } from './JixiaoError.js';
import { isRecord } from './isRecord.js';
import { typeOfValue, valueTypeNames } from './typeOfValue.js';

/** The `invalid_argument` error for a wrong-typed argument of createIssue, built here directly. */
function wrongArgument(
  parameter: string,
  expected: BilingualMessage,
  received: unknown,
): JixiaoError {
  const found = valueTypeNames[typeOfValue(received)];
  return new JixiaoError([
    Object.freeze({
      code: 'invalid_argument',
      path: Object.freeze([parameter]),
      message: Object.freeze({
        zh: `参数「${parameter}」应为${expected.zh}，收到的是${found.zh}`,
        en: `The argument "${parameter}" must be ${expected.en}; it is ${found.en}`,
      }),
      expected: expected.en,
      received: typeOfValue(received),
    }),
  ]);
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isPathSegment = (value: unknown): boolean =>
  typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));

/** Checks createIssue's arguments when untyped code calls it, and throws `invalid_argument`. */
function checkArguments(code: unknown, path: unknown, message: unknown, details: unknown): void {
  if (!isText(code) || code === '') {
    throw wrongArgument(
      'code',
      { zh: '非空字符串（snake_case 代码）', en: 'a non-empty snake_case string' },
      code,
    );
  }
  if (!Array.isArray(path) || !path.every(isPathSegment)) {
    throw wrongArgument(
      'path',
      { zh: '由字符串和整数组成的数组', en: 'an array of strings and whole numbers' },
      path,
    );
  }
  const texts = isRecord(message) ? message : undefined;
  if (texts === undefined || !isText(texts['zh']) || !isText(texts['en'])) {
    throw wrongArgument(
      'message',
      { zh: '含 zh 与 en 字符串的对象', en: 'an object with zh and en strings' },
      message,
    );
  }
  const extra = isRecord(details) ? details : undefined;
  const optionalText = (key: string): boolean => extra?.[key] === undefined || isText(extra[key]);
  if (extra === undefined || !optionalText('expected') || !optionalText('received')) {
    throw wrongArgument(
      'details',
      {
        zh: '含可选 expected、received 字符串的对象',
        en: 'an object with optional expected and received strings',
      },
      details,
    );
  }
}

/**
 * Builds an issue. Codes are snake_case and stable; messages are written for the person who
 * supplied the input, in both languages.
 *
 * @param code - stable snake_case identifier, e.g. `"weights_do_not_sum"`
 * @param path - where in the input the problem is
 * @param message - the zh and en texts
 * @param details - optional `expected` / `received` values, as strings
 * @returns a frozen issue
 * @throws JixiaoError (`invalid_argument`) when untyped code passes arguments of the wrong types
 *
 * @example
 * createIssue('zero_target', ['inputs', 'budget', 'target'], { zh: '目标值为 0', en: 'The target is 0' });
 */
export function createIssue(
  code: string,
  path: IssuePath,
  message: BilingualMessage,
  details: { readonly expected?: string; readonly received?: string } = {},
): Issue {
  checkArguments(code, path, message, details);
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    message: Object.freeze({ zh: message.zh, en: message.en }),
    ...(details.expected === undefined ? {} : { expected: details.expected }),
    ...(details.received === undefined ? {} : { received: details.received }),
  });
}
