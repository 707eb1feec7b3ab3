/**
 * The ids and keys the library refuses: in a plain JavaScript object each names something of the
 * object itself (`__proto__` its prototype, `constructor` and `prototype` the class machinery),
 * so one used as an indicator id, a slot or a record key could reach, or be mistaken for, what
 * every object inherits.
 */
export const reservedIds: readonly string[] = Object.freeze([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * Whether an id or key is one of {@link reservedIds}.
 *
 * @param id - the id or key as written
 * @returns true for `__proto__`, `constructor` and `prototype`
 *
 * @example
 * isReservedId('constructor'); // → true
 * isReservedId('toString'); // → false (an ordinary id: lookups use Maps and own keys)
 *
 * @internal
 */
export function isReservedId(id: unknown): boolean {
  return typeof id === 'string' && reservedIds.includes(id);
}
