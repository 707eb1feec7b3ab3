import { describe } from 'vitest';
import { test } from '@fast-check/vitest';
import { expectWellFormed, nearMisses } from '../../test/support/parserFuzz.js';
import { parseInputs } from './parseInputs.js';

describe('parseInputs never throws: it returns a value or issues', () => {
  test.prop([nearMisses])('parseInputs on arbitrary data', (value) => {
    expectWellFormed(parseInputs(value));
  });
});
