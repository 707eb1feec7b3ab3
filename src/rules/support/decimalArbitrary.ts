import fc from 'fast-check';
import { decimal } from '../../decimal/decimal.js';
import { requirePlaces } from '../../decimal/decimalArguments.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import { requireObject } from './builderArguments.js';

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
 * @throws JixiaoError when a bound is not a decimal (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes options that are not an object, a scale that is not a whole
 *   number of places, or a `min` above `max`
 *
 * @example
 * fc.sample(decimalArbitrary({ min: 0, max: 10, scale: 2 }), 3); // e.g. [4.21, 0, 9.99]
 */
export function decimalArbitrary(options: DecimalArbitraryOptions = {}): fc.Arbitrary<Dec> {
  requireObject(options, 'options');
  const scale = options.scale ?? 2;
  requirePlaces(scale, 'options.scale');
  const factor = new JixiaoDecimal(10).pow(scale);
  const units = (bound: number | string) => BigInt(decimal(bound).times(factor).toFixed(0));
  const [min, max] = [units(options.min ?? 0), units(options.max ?? 100_000)];
  if (min > max) {
    throw invalidArgument(
      'options.max',
      { zh: '不小于 min 的数值', en: 'a number no less than min' },
      options.max,
    );
  }
  return fc
    .bigInt({ min, max })
    .map((value) => new JixiaoDecimal(value.toString()).dividedBy(factor));
}
