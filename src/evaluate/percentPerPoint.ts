import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';

/**
 * Most significant digits of a factor worth keeping: a score has at most 25 (it is below 10^15
 * and has at most 10 places), so its product with a factor of at most 15 has at most 40, which
 * every precision the library computes with holds exactly.
 */
const MAX_FACTOR_DIGITS = 15;

/** The weight as an integer coefficient and its decimal places: 2.4 → 24 and 1. */
function coefficientOf(weight: Dec): { readonly coefficient: bigint; readonly places: number } {
  const text = weight.abs().toFixed();
  const point = text.indexOf('.');
  return point < 0
    ? { coefficient: BigInt(text), places: 0 }
    : { coefficient: BigInt(text.replace('.', '')), places: text.length - point - 1 };
}

/** How many times `factor` divides `value`, and what is left. */
function strip(value: bigint, factor: bigint): { readonly times: number; readonly rest: bigint } {
  let times = 0;
  let rest = value;
  while (rest % factor === 0n) {
    rest /= factor;
    times += 1;
  }
  return { times, rest };
}

/**
 * Works out 100 ÷ weight exactly, when it is a terminating decimal short enough that score × it is
 * exact too, so that 得分率 can be worked out without a division. The test is exact: the weight is
 * p ÷ 10^k, and 100 ÷ weight = 100 · 10^k ÷ p terminates if and only if p has no prime factor but
 * 2 and 5 (a quotient rounded to some precision would pass 6, 7, 2.4 or 0.6 by chance).
 *
 * @param weight - a weight (分值)
 * @returns the exact factor (0.5 → 200, 2.5 → 40, 3.2 → 31.25), or undefined when it does not
 *   terminate (3, 6, 7, 2.4, 0.6), is too long, or the weight is zero
 *
 * @example
 * percentPerPoint(decimal('2.5'))?.toString(); // "40"
 * percentPerPoint(decimal('6'));               // undefined
 *
 * @internal
 */
export function percentPerPoint(weight: Dec): Dec | undefined {
  if (weight.isZero() || !weight.isFinite()) return undefined;
  const { coefficient, places } = coefficientOf(weight);
  const twos = strip(coefficient, 2n);
  const fives = strip(twos.rest, 5n);
  if (fives.rest !== 1n) return undefined;
  // 100 · 10^k ÷ (2^a · 5^b) = 2^(m − a) · 5^(m − b) · 10^(k + 2 − m), where m = max(a, b).
  const m = Math.max(twos.times, fives.times);
  const digits = (2n ** BigInt(m - twos.times) * 5n ** BigInt(m - fives.times)).toString();
  if (digits.length > MAX_FACTOR_DIGITS) return undefined;
  const factor = new JixiaoDecimal(`${digits}e${String(places + 2 - m)}`);
  return weight.isNegative() ? factor.negated() : factor;
}
