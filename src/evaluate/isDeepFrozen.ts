import { Decimal } from 'decimal.js';

/**
 * Whether a value and everything in it is frozen, so that work derived from it can be reused: a
 * decimal counts when it and its digit array are frozen; an object other than an array, a plain
 * object or a decimal never does (freezing a Map, say, does not stop it changing).
 *
 * @param value - the value
 * @param seen - objects already checked (shared references and cycles are checked once)
 * @returns true when nothing reachable from the value can be changed
 *
 * @internal
 */
export function isDeepFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  // A decimal holds its (shared) constructor too, which is configuration, not its value.
  // Object.isFrozen(null), the digits of NaN and ±Infinity, is true.
  if (Decimal.isDecimal(value)) return Object.isFrozen(value.d);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((entry) => isDeepFrozen(entry, seen));
}
