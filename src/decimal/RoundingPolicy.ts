/**
 * How a value is rounded: 四舍五入 (`half-up`, the working rule), banker's rounding
 * (`half-even`), `half-down`, truncation (`down`, toward zero) or `up` (away from zero).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'down' | 'up';

/**
 * The rounding modes, in the order the documentation lists them.
 *
 * @example
 * roundingModes; // → ['half-up', 'half-even', 'half-down', 'down', 'up']
 */
export const roundingModes = Object.freeze([
  'half-up',
  'half-even',
  'half-down',
  'down',
  'up',
] as const) satisfies readonly RoundingMode[];

/** Where and how a scheme rounds: to `scale` decimal places with `mode`. */
export interface RoundingPolicy {
  readonly scale: number;
  readonly mode: RoundingMode;
}

/**
 * The working rule of self-evaluation tables: 2 decimal places, 四舍五入.
 *
 * @example
 * roundDecimal(decimal('2.345'), defaultRoundingPolicy).toString(); // → "2.35"
 */
export const defaultRoundingPolicy: RoundingPolicy = Object.freeze({ scale: 2, mode: 'half-up' });
