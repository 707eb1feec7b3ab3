/**
 * Objects found frozen through and through: every object reachable from each is frozen, and each
 * is an array, a plain object or a decimal with frozen digits. Once true this stays true (a frozen
 * object's properties and prototype cannot change, nor can those of the frozen objects it holds),
 * so that a walk which meets one of them (freezing a scheme, checking that one is deep-frozen)
 * need not go inside it again: a preset's fixed parts, shared by every scheme it builds, are
 * walked once. Only {@link freezeScheme} and `isDeepFrozen` add to it, each the one value it was
 * given, after seeing it so (one entry per call, not per object: a weak set of every node of every
 * scheme built costs the collector more than it saves); the weak keys let unused objects go.
 *
 * @example
 * const band = freezeScheme({ grade: 'A', min: decimal(90) });
 * knownDeepFrozen.has(band); // → true: a later freeze or check does not walk it again
 *
 * @internal
 */
export const knownDeepFrozen = new WeakSet();
