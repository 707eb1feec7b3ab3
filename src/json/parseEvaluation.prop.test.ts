import { describe } from 'vitest';
import { test } from '@fast-check/vitest';
import { expectWellFormed, nearMisses } from '../../test/support/parserFuzz.js';
import { parseEvaluation } from './parseEvaluation.js';

describe('parseEvaluation never throws: it returns a value or issues', () => {
  test.prop([nearMisses])('parseEvaluation on arbitrary data', (value) => {
    expectWellFormed(parseEvaluation(value));
  });
});
