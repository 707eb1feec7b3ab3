import { Decimal } from 'decimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import type { Scheme } from '../scheme/Scheme.js';
import { isDeepFrozen } from './isDeepFrozen.js';

/** The value when it is deep-frozen; else a frozen copy, same prototype, of frozen copies. */
function frozenCopy(value: unknown): unknown {
  if (isDeepFrozen(value) || typeof value !== 'object' || value === null) return value;
  // A decimal is copied onto the library's constructor (the same value) and frozen with its digits.
  if (Decimal.isDecimal(value)) return freezeScheme(new JixiaoDecimal(value));
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    return Object.freeze(items.map(frozenCopy));
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  // Only plain data is copied: a class instance might not survive it, so it is left as it is.
  if (prototype !== Object.prototype && prototype !== null) return value;
  // fromEntries defines its keys, so a user's key such as "__proto__" stays an ordinary key.
  const copy = Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, frozenCopy(entry)]),
  );
  if (prototype === null) Object.setPrototypeOf(copy, null);
  return Object.freeze(copy);
}

/**
 * Returns the scheme itself when it is frozen through and through, or else a copy that is, so
 * that an engine can keep what it works out from it (a frozen array of unfrozen grade bands, for
 * one, would make every engine prepare the scheme anew).
 *
 * @param scheme - the scheme, usually frozen already at its top
 * @returns a deep-frozen scheme with the same data
 *
 * @internal
 */
export function deepFrozenScheme<R extends RuleBase>(scheme: Scheme<R>): Scheme<R> {
  // A copy of plain data with the same keys, values and prototypes is the same scheme.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the same data
  return frozenCopy(scheme) as Scheme<R>;
}
