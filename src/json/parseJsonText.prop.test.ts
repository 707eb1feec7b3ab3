import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { expectWellFormed } from '../../test/support/parserFuzz.js';
import { parseJsonText } from './parseJsonText.js';

describe('parseJsonText never throws: it returns a value or issues', () => {
  test.prop([fc.oneof(fc.string(), fc.json())])('parseJsonText on arbitrary text', (text) => {
    const result = parseJsonText(text);
    expectWellFormed(result);
    if (!result.ok) expect(result.issues[0].received).toMatch(/^line \d+, column \d+$/);
  });
});
