import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { roundingModes } from '../decimal/RoundingPolicy.js';
import { createEngine } from '../evaluate/createEngine.js';
import type { Scheme } from '../scheme/Scheme.js';
import { schemeArbitrary } from './arbitraries.js';
import { bestScoresLaw } from './bestScoresLaw.js';

const engine = createEngine();
const schemes = fc
  .tuple(schemeArbitrary(), fc.integer({ min: 2, max: 4 }), fc.constantFrom(...roundingModes))
  .map(([scheme, scale, mode]): Scheme => ({ ...scheme, rounding: { scale, mode } }));

describe('the best-scores law', () => {
  test.prop([schemes], { numRuns: 150 })(
    'holds for generated schemes in every rounding mode: bestLeafScore is what the engine scores',
    (scheme) => {
      expect(bestScoresLaw(scheme, engine, 'generated')).toEqual({
        law: 'best-scores',
        subject: 'generated',
        status: 'passed',
        runs: 1,
      });
    },
  );
});
