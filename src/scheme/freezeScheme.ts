import { Decimal } from 'decimal.js';
import { hasAccessor } from './hasAccessor.js';
import { knownDeepFrozen } from './knownDeepFrozen.js';

/**
 * Freezes a value and everything it holds, without recursion (a chain of 100,000 categories
 * cannot overflow the stack); `seen` passes each shared or cyclic object once. Children are
 * frozen before their parents, so a frozen object only ever holds frozen parts.
 */
function freezeDeep(root: unknown): void {
  // Whether everything reached is plain data (or a decimal), and so frozen at the end.
  let plain = true;
  const seen = new Set<object>();
  const pending: { readonly value: object; expanded: boolean }[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    // Frozen through and through already (a preset's shared part, say): nothing to do inside.
    if (knownDeepFrozen.has(value)) return;
    seen.add(value);
    pending.push({ value, expanded: false });
  };
  visit(root);
  for (let top = pending.at(-1); top !== undefined; top = pending.at(-1)) {
    const { value } = top;
    if (Decimal.isDecimal(value)) {
      // A decimal is its sign, exponent and digit array (null for NaN and ±Infinity, which
      // Object.freeze passes through); the constructor it also holds is shared and left alone.
      // decimal.js never writes to an operand, so frozen decimals compute as any other.
      Object.freeze(value.d);
      Object.freeze(value);
      pending.pop();
      continue;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    // Only plain data is frozen: a class instance (a Map, say) would not be immutable for it.
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
      plain = false;
      pending.pop();
      continue;
    }
    if (top.expanded) {
      Object.freeze(value);
      pending.pop();
      continue;
    }
    top.expanded = true;
    // A getter's value can change under a frozen object: such data is frozen, never remembered.
    if (!Array.isArray(value) && hasAccessor(value)) plain = false;
    for (const entry of Object.values(value)) visit(entry);
  }
  // Only the root is remembered: one entry per call, not one per object of every scheme built.
  if (plain && typeof root === 'object' && root !== null) knownDeepFrozen.add(root);
}

/**
 * Deep-freezes scheme data in place, decimals and their digit arrays included, and inside objects
 * frozen already (but not inside one known to be frozen through and through: {@link
 * knownDeepFrozen}), so that a scheme cannot change after it is built and the engine may reuse
 * what it derived. Objects other than arrays and plain objects are left as they are.
 *
 * @param value - the scheme data
 * @returns the same value, frozen
 *
 * @internal
 */
export function freezeScheme<T>(value: T): T {
  freezeDeep(value);
  return value;
}
