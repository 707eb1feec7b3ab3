import { describe, expect, test } from 'vitest';
import { JixiaoError } from './JixiaoError.js';
import { invalidArgument } from './invalidArgument.js';
import { typeOfValue } from './typeOfValue.js';

describe('invalidArgument', () => {
  test('names the parameter, what it expects and the type it was given, in both languages', () => {
    const error = invalidArgument('evaluation', { zh: '评价结果', en: 'an evaluation' }, 5);
    expect(error).toBeInstanceOf(JixiaoError);
    expect(error.issues).toEqual([
      {
        code: 'invalid_argument',
        path: ['evaluation'],
        message: {
          zh: '参数「evaluation」应为评价结果，收到的是数字',
          en: 'The argument "evaluation" must be an evaluation; it is a number',
        },
        expected: 'an evaluation',
        received: 'number',
      },
    ]);
  });

  test('tells arrays and null from objects', () => {
    expect([[], null, {}, undefined, '', 1n].map(typeOfValue)).toEqual([
      'array',
      'null',
      'object',
      'undefined',
      'string',
      'bigint',
    ]);
  });
});
