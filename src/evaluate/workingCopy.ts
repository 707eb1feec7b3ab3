import { Decimal } from 'decimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';

/** The value, or a copy with every decimal whose digits are frozen on fresh digits of its own. */
function copied(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Decimal.isDecimal(value)) {
    return Object.isFrozen(value.d) ? new JixiaoDecimal(value) : value;
  }
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    const copies = items.map(copied);
    return copies.every((copy, index) => copy === items[index]) ? value : copies;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const entries: [string, unknown][] = Object.entries(value);
  const copies = entries.map(([key, entry]): [string, unknown] => [key, copied(entry)]);
  if (copies.every(([, copy], index) => copy === entries[index]?.[1])) return value;
  // fromEntries keeps a user's key such as "__proto__" an ordinary key.
  const copy: unknown = Object.fromEntries(copies);
  if (prototype === null) Object.setPrototypeOf(copy, null);
  return copy;
}

/**
 * Copies validated scheme data for the engine to compute with: every decimal whose digit array
 * is frozen (as in every deep-frozen scheme) is copied onto digits of its own, and the objects on
 * the way to one are copied; everything else is shared. decimal.js copies each operand's digits
 * with `slice`, which V8 runs on a slow path for a frozen array: arithmetic on frozen decimals
 * runs several times slower. The copy never leaves the engine (results carry decimal strings),
 * so the scheme its caller holds stays frozen through and through.
 *
 * @param value - the validated scheme, or part of it
 * @returns the same data, its decimals on digits that are fast to read
 *
 * @example
 * const scheme = workingCopy(frozenScheme); // same weights, rules and grades, fast to compute
 *
 * @internal
 */
export function workingCopy<T>(value: T): T {
  // A copy of plain data with the same keys, values and prototypes is the same data.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the same data
  return copied(value) as T;
}
