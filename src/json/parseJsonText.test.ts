import { describe, expect, test } from 'vitest';
import { parseJsonText } from './parseJsonText.js';

describe('parseJsonText', () => {
  test('invalid JSON text reports line and column', () => {
    const parsed = parseJsonText('{\n  "a": 1,\n  "b": }\n');
    expect(parsed.ok ? '' : parsed.issues[0].received).toBe('line 3, column 8');
  });
});
