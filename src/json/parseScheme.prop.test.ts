import { describe } from 'vitest';
import { test } from '@fast-check/vitest';
import { expectWellFormed, nearMisses } from '../../test/support/parserFuzz.js';
import { parseScheme } from './parseScheme.js';

describe('parseScheme never throws: it returns a value or issues', () => {
  test.prop([nearMisses])('parseScheme on arbitrary data', (value) => {
    expectWellFormed(parseScheme(value));
  });
});
