import { Decimal } from 'decimal.js';

/** Freezes a value and everything it holds; `seen` passes each shared or cyclic object once. */
function freezeDeep(value: unknown, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Decimal.isDecimal(value)) {
    // A decimal is its sign, exponent and digit array (null for NaN and ±Infinity, which
    // Object.freeze passes through); the constructor it also holds is shared and left alone.
    // decimal.js never writes to an operand, so frozen decimals compute as any other.
    Object.freeze(value.d);
    Object.freeze(value);
    return;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  // Only plain data is frozen: a class instance (a Map, say) would not be immutable for it.
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return;
  for (const entry of Object.values(value)) freezeDeep(entry, seen);
  Object.freeze(value);
}

/**
 * Deep-freezes scheme data in place, decimals and their digit arrays included, and inside objects
 * frozen already, so that a scheme cannot change after it is built and the engine may reuse what
 * it derived. Objects other than arrays and plain objects are left as they are.
 *
 * @param value - the scheme data
 * @returns the same value, frozen
 *
 * @internal
 */
export function freezeScheme<T>(value: T): T {
  freezeDeep(value, new Set());
  return value;
}
