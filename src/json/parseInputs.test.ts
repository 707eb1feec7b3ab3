import { describe, expect, test } from 'vitest';
import { parseInputs } from './parseInputs.js';

describe('parseInputs', () => {
  test('a misspelt key is an issue with its path and the key meant, in both languages', () => {
    const parsed = parseInputs({ 'budget-rate': { actaul: '1', target: '2' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      {
        code: 'unknown_key',
        path: ['inputs', 'budget-rate', 'actaul'],
        message: {
          zh: '未知字段「actaul」（是否应为「actual」？）',
          en: 'Unknown key "actaul" (did you mean "actual"?)',
        },
        expected: 'actual',
        received: 'actaul',
      },
    ]);
  });
});
