import { Decimal } from 'decimal.js';
import { hasAccessor } from '../scheme/hasAccessor.js';
import { knownDeepFrozen } from '../scheme/knownDeepFrozen.js';

/**
 * Whether a value and everything in it is frozen, so that work derived from it can be reused: a
 * decimal counts when it and its digit array are frozen; an object other than an array, a plain
 * object or a decimal never does (freezing a Map, say, does not stop it changing).
 *
 * Objects known to be deep-frozen ({@link knownDeepFrozen}) are not walked again, and a value
 * found deep-frozen is remembered so.
 *
 * @param value - the value
 * @returns true when nothing reachable from the value can be changed
 *
 * @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  // Shared references and cycles are checked once.
  const seen = new Set<object>();
  // A work list, not recursion: no depth of nesting can overflow the stack.
  const pending: unknown[] = [value];
  let settled = true;
  for (let next = pending.pop(); pending.length > 0 || next !== undefined; next = pending.pop()) {
    if (typeof next !== 'object' || next === null || seen.has(next) || knownDeepFrozen.has(next)) {
      continue;
    }
    if (!Object.isFrozen(next)) return false;
    seen.add(next);
    // A decimal holds its (shared) constructor too, which is configuration, not its value.
    // Object.isFrozen(null), the digits of NaN and ±Infinity, is true.
    if (Decimal.isDecimal(next)) {
      if (!Object.isFrozen(next.d)) return false;
      continue;
    }
    const prototype: unknown = Object.getPrototypeOf(next);
    if (!Array.isArray(next) && prototype !== Object.prototype && prototype !== null) return false;
    // A getter's value can change under a frozen object (a result's trace, built on first read
    // and then fixed, is the library's own): frozen, but never remembered as settled data.
    if (!Array.isArray(next) && hasAccessor(next)) settled = false;
    for (const entry of Object.values(next)) pending.push(entry);
  }
  // Only the value itself is remembered: one entry per call, not one per object it holds.
  if (settled && typeof value === 'object' && value !== null) knownDeepFrozen.add(value);
  return true;
}
