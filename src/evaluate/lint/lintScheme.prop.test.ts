import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { roundingModes } from '../../decimal/RoundingPolicy.js';
import { schemeArbitrary } from '../../testing/arbitraries.js';
import type { Scheme } from '../../scheme/Scheme.js';
import { lintCodes } from './lintCodes.js';
import { lintScheme } from './lintScheme.js';

/** Generated schemes, rounded at 2 to 4 places in every mode (weights have 1, points 2). */
const schemes = fc
  .tuple(schemeArbitrary(), fc.integer({ min: 2, max: 4 }), fc.constantFrom(...roundingModes))
  .map(([scheme, scale, mode]): Scheme => ({ ...scheme, rounding: { scale, mode } }));
const shares = fc.option(
  fc.integer({ min: 1, max: 100 }).map((percent) => String(percent / 100)),
  {
    nil: undefined,
  },
);

/** What a path leads to in the scheme, walking its keys. */
function at(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined),
    value,
  );
}

describe('lintScheme', () => {
  test.prop([schemes, shares], { numRuns: 200 })(
    'never throws, gives the same issues twice, each of a lint code and at a place in the scheme',
    (scheme, maxShare) => {
      const options = maxShare === undefined ? {} : { maxShare };
      const first = lintScheme(scheme, options);
      expect(JSON.stringify(lintScheme(scheme, options))).toBe(JSON.stringify(first));
      for (const found of first) {
        expect(lintCodes).toContain(found.code);
        expect(at(scheme, found.path)).toBeDefined();
        expect(found.message.zh).not.toBe('');
        expect(found.message.en).not.toBe('');
      }
    },
  );
});
