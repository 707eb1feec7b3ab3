// A thin, typed layer over fast-check's `fc.gen()` for the differential generators, plus the
// decimal text they build values from.
import fc from 'fast-check';
import { fixed } from './exact.js';

const uniformInteger = (min: number, max: number) => fc.noBias(fc.integer({ min, max }));
const uniformBigInt = (min: bigint, max: bigint) => fc.noBias(fc.bigInt({ min, max }));

export class Draw {
  readonly #g: fc.GeneratorValue;

  constructor(g: fc.GeneratorValue) {
    this.#g = g;
  }

  /** Uniform: fast-check's bias towards small values would skew every probability here. */
  int(min: number, max: number): number {
    return this.#g(uniformInteger, min, max);
  }

  big(min: bigint, max: bigint): bigint {
    return this.#g(uniformBigInt, min, max);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return p > 0 && this.int(0, 9_999) < p * 10_000;
  }

  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error('pick from an empty list');
    // The index is in range, so the element is there (it may itself be `undefined`).
    return values[this.int(0, values.length - 1)] as T;
  }

  /** A decimal text with exactly `places` places in [min, max] units of 10^-places. */
  units(min: bigint, max: bigint, places: number): string {
    return fixed(this.big(min, max), places);
  }

  /** A decimal text in [0, max] (max in whole units), with `places` places. */
  amount(max: number, places: number): string {
    return this.units(0n, BigInt(max) * 10n ** BigInt(places), places);
  }
}

/** `drawn((draw) => …)`: an arbitrary of what the callback builds from `fc.gen()` draws. */
export function drawn<T>(build: (draw: Draw) => T): fc.Arbitrary<T> {
  return fc.gen().map((g) => build(new Draw(g)));
}
