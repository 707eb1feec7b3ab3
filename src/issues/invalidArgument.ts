import { JixiaoError } from './JixiaoError.js';
import { createIssue } from './createIssue.js';
import { typeOfValue, valueTypeNames } from './typeOfValue.js';

/**
 * The error a function throws when untyped code passes it an argument of the wrong kind where
 * it expects a value the library made (an evaluation to render, a rule built in code): an
 * `invalid_argument` issue naming the parameter, what it expects and what it was given, never a
 * `TypeError` from deep inside. Functions that read outside input return issues instead.
 *
 * @param parameter - the parameter's name, which becomes the issue's path
 * @param expected - what it expects, in both languages
 * @param received - the value it was given
 * @returns the error to throw
 *
 * @example
 * if (!isEvaluation(evaluation)) throw invalidArgument('evaluation', { zh: '评价结果', en: 'an evaluation' }, evaluation);
 * @internal
 */
export function invalidArgument(
  parameter: string,
  expected: { readonly zh: string; readonly en: string },
  received: unknown,
): JixiaoError {
  const found = valueTypeNames[typeOfValue(received)];
  return new JixiaoError([
    createIssue(
      'invalid_argument',
      [parameter],
      {
        zh: `参数「${parameter}」应为${expected.zh}，收到的是${found.zh}`,
        en: `The argument "${parameter}" must be ${expected.en}; it is ${found.en}`,
      },
      { expected: expected.en, received: typeOfValue(received) },
    ),
  ]);
}
