import { describe, expect, test } from 'vitest';
import { JixiaoError } from './JixiaoError.js';
import { createIssue } from './createIssue.js';

const message = { zh: '目标值为 0', en: 'The target is 0' };

describe('createIssue', () => {
  test('builds a frozen issue with a frozen copy of its path', () => {
    const path = ['inputs', 'budget', 'target'];
    const issue = createIssue('zero_target', path, message, { received: '0' });
    path.push('changed');
    expect(issue).toEqual({
      code: 'zero_target',
      path: ['inputs', 'budget', 'target'],
      message,
      received: '0',
    });
    expect([
      Object.isFrozen(issue),
      Object.isFrozen(issue.path),
      Object.isFrozen(issue.message),
    ]).toEqual([true, true, true]);
  });

  test.each([
    ['code', () => createIssue(5 as never, [], message)],
    ['path', () => createIssue('x', 'inputs' as never, message)],
    ['path', () => createIssue('x', [{}] as never, message)],
    ['message', () => createIssue('x', [], null as never)],
    ['message', () => createIssue('x', [], { zh: '只有中文' } as never)],
    ['details', () => createIssue('x', [], message, null as never)],
    ['details', () => createIssue('x', [], message, { expected: 5 } as never)],
  ])('refuses a wrong-typed %s from untyped code with invalid_argument', (parameter, call) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(JixiaoError);
    expect((thrown as JixiaoError).issues.map((found) => [found.code, found.path])).toEqual([
      ['invalid_argument', [parameter]],
    ]);
  });
});
