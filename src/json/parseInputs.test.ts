import { describe, expect, test } from 'vitest';
import { parseInputs } from './parseInputs.js';

describe('parseInputs', () => {
  test('a misspelt key is an issue with its path, in both languages', () => {
    const parsed = parseInputs({ 'budget-rate': { actaul: '1', target: '2' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      {
        code: 'unknown_key',
        path: ['inputs', 'budget-rate', 'actaul'],
        message: {
          zh: '未知字段「actaul」（是否拼写有误？）',
          en: 'Unknown key "actaul" (is it misspelt?)',
        },
        received: 'actaul',
      },
    ]);
  });
});
