import type { RoundingPolicy } from '../../decimal/RoundingPolicy.js';

/**
 * The spreadsheet formula that rounds `expression` as a rounding policy does. `half-up` is
 * `ROUND` (half away from zero, as 四舍五入 and decimal.js's half-up are), `down` is `ROUNDDOWN`
 * (toward zero) and `up` is `ROUNDUP` (away from zero). Excel and Calc have no half-even or
 * half-down function, so those test for the midpoint explicitly: the absolute value scaled by
 * 10^scale, rounded to 9 places to shed binary debris (1.005 × 100 is 100.49999999999999 in
 * binary), lies on a midpoint when its remainder by 2 is 0.5 (half-even: the digit below is
 * even, so round toward zero) or its remainder by 1 is 0.5 (half-down); a midpoint rounds with
 * `ROUNDDOWN`, anything else with `ROUND`, and the sign is put back with `SIGN`.
 *
 * @param expression - the value to round, a formula fragment such as `E6/D6*100`
 * @param policy - the scale and mode
 * @returns the formula fragment, without a leading `=`
 *
 * @example
 * roundFormula('E6/D6*100', { scale: 2, mode: 'half-up' }); // → 'ROUND(E6/D6*100,2)'
 * roundFormula('A1', { scale: 2, mode: 'half-even' });
 * // → 'SIGN(A1)*IF(MOD(ROUND(ABS(A1)*10^2,9),2)=0.5,ROUNDDOWN(ABS(A1),2),ROUND(ABS(A1),2))'
 */
export function roundFormula(expression: string, policy: RoundingPolicy): string {
  const scale = String(policy.scale);
  const value = /^[A-Z]+\d+$|^\d+(?:\.\d+)?$/u.test(expression) ? expression : `(${expression})`;
  const midpoint = (modulus: number): string =>
    `SIGN(${value})*IF(MOD(ROUND(ABS(${value})*10^${scale},9),${String(modulus)})=0.5,` +
    `ROUNDDOWN(ABS(${value}),${scale}),ROUND(ABS(${value}),${scale}))`;
  switch (policy.mode) {
    case 'half-up':
      return `ROUND(${expression},${scale})`;
    case 'down':
      return `ROUNDDOWN(${expression},${scale})`;
    case 'up':
      return `ROUNDUP(${expression},${scale})`;
    case 'half-even':
      return midpoint(2);
    case 'half-down':
      return midpoint(1);
  }
}
