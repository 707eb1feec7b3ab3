/** Values kept by two objects together, each held weakly. */
export interface WeakPairCache<A extends object, B extends object, V> {
  readonly get: (first: A, second: B) => V | undefined;
  readonly set: (first: A, second: B, value: V) => void;
}

/**
 * A cache of values keyed by a pair of objects (a rule's part and the weight it is scored with),
 * both held weakly: when either is let go, so is its entry.
 *
 * @returns the cache, empty
 *
 * @example
 * const scores = weakPairCache<Dec, Dec, Dec>();
 * scores.get(fraction, weight) ?? (scores.set(fraction, weight, product), product);
 *
 * @internal
 */
export function weakPairCache<A extends object, B extends object, V>(): WeakPairCache<A, B, V> {
  const byFirst = new WeakMap<A, WeakMap<B, V>>();
  return {
    get: (first, second) => byFirst.get(first)?.get(second),
    set: (first, second, value) => {
      let bySecond = byFirst.get(first);
      if (bySecond === undefined) {
        bySecond = new WeakMap();
        byFirst.set(first, bySecond);
      }
      bySecond.set(second, value);
    },
  };
}
