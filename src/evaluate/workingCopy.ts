import { Decimal } from 'decimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { isRecord } from '../issues/isRecord.js';
import { knownDeepFrozen } from '../scheme/knownDeepFrozen.js';

/**
 * Working copies of what is known to be frozen through and through ({@link knownDeepFrozen}), which
 * cannot change: a preset's fixed parts, or a decimal constant every built rule shares, are copied
 * once. The copies are read only
 * (decimal.js never writes to an operand) and never leave the engine.
 */
const copies = new WeakMap<object, unknown>();

/** A decimal on digits of its own: the same sign, exponent and digits. */
function onOwnDigits(value: Dec): Dec {
  // decimal.js copies a decimal's digits with `slice`, slow on a frozen array; NaN and ±Infinity
  // (no digits) are rare enough to go through the constructor.
  if (!value.isFinite()) return new JixiaoDecimal(value);
  // Object.assign keeps the layout `new JixiaoDecimal(0)` gave (constructor, s, e, d).
  // The shell is frozen (decimal.js never writes to an operand), its digits not: reading them is
  // what is slow on a frozen array.
  return Object.freeze(
    Object.assign(new JixiaoDecimal(0), { s: value.s, e: value.e, d: Array.from(value.d) }),
  );
}

/** The value, or a copy with every decimal whose digits are frozen on fresh digits of its own. */
function copied(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const isDecimal = Decimal.isDecimal(value);
  if (isDecimal && !Object.isFrozen(value.d)) return value;
  // Only what cannot change may keep its copy; only what is known so is looked up (a weak map of
  // every node and decimal of every scheme costs the collector more than it saves).
  const settled = knownDeepFrozen.has(value);
  if (settled) {
    const known = copies.get(value);
    if (known !== undefined) return known;
  }
  const copy = isDecimal ? onOwnDigits(value) : copiedParts(value);
  if (settled) copies.set(value, copy);
  return copy;
}

/** An array or plain object, copied if one of its parts is: else itself. */
function copiedParts(value: object): unknown {
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    let copies: unknown[] | undefined;
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      const copy = copied(item);
      if (copy === item) continue;
      copies ??= [...items];
      copies[index] = copy;
    }
    // A copy is shared by every engine that prepares the same frozen scheme: frozen, so that no
    // rule kind can write into another engine's data.
    return copies === undefined ? value : Object.freeze(copies);
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if ((prototype !== Object.prototype && prototype !== null) || !isRecord(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    const entryCopy = copied(entry);
    if (entryCopy === entry) continue;
    if (copy === undefined) {
      // A spread defines its keys, so a user's key such as "__proto__" stays an ordinary key.
      copy = { ...value };
      if (prototype === null) Object.setPrototypeOf(copy, null);
    }
    copy[key] = entryCopy;
  }
  return copy === undefined ? value : Object.freeze(copy);
}

/**
 * Copies validated scheme data for the engine to compute with: every decimal whose digit array
 * is frozen (as in every deep-frozen scheme) is copied onto digits of its own, and the objects on
 * the way to one are copied; everything else is shared. decimal.js copies each operand's digits
 * with `slice`, which V8 runs on a slow path for a frozen array: arithmetic on frozen decimals
 * runs several times slower. The copy never leaves the engine (results carry decimal strings),
 * so the scheme its caller holds stays frozen through and through. What is known deep-frozen is
 * copied once and its copy reused.
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
