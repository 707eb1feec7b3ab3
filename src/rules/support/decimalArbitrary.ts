import fc from 'fast-check';
import { decimal } from '../../decimal/decimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';

/** Options of {@link decimalArbitrary}. */
export interface DecimalArbitraryOptions {
  readonly min?: number | string;
  readonly max?: number | string;
  /** Decimal places (default 2). */
  readonly scale?: number;
}

/**
 * Decimals with exactly `scale` places in [min, max], built from integers with `map` (no values
 * are filtered away, so shrinking reaches small, readable counterexamples).
 *
 * @param options - bounds (default 0 and 100,000) and scale
 * @returns the arbitrary
 *
 * @example
 * fc.sample(decimalArbitrary({ min: 0, max: 10, scale: 2 }), 3); // e.g. [4.21, 0, 9.99]
 */
export function decimalArbitrary(options: DecimalArbitraryOptions = {}): fc.Arbitrary<Dec> {
  const scale = options.scale ?? 2;
  const factor = new JixiaoDecimal(10).pow(scale);
  const units = (bound: number | string) => BigInt(decimal(bound).times(factor).toFixed(0));
  return fc
    .bigInt({ min: units(options.min ?? 0), max: units(options.max ?? 100_000) })
    .map((value) => new JixiaoDecimal(value.toString()).dividedBy(factor));
}
