import Decimal from 'decimal.js';

/**
 * Whether a value and everything in it is frozen, so that work derived from it can be reused.
 *
 * @param value - the value
 * @param seen - objects already checked (shared references and cycles are checked once)
 * @returns true when nothing reachable from the value can be changed
 *
 * @internal
 */
export function isDeepFrozen(value: unknown, seen = new Set<object>()): boolean {
  // Decimals are immutable values: no decimal.js operation changes its operands.
  if (typeof value !== 'object' || value === null || seen.has(value) || Decimal.isDecimal(value)) {
    return true;
  }
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  return Object.values(value).every((entry) => isDeepFrozen(entry, seen));
}
