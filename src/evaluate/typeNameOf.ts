/**
 * Names what a value is, in the words issues use for what was received.
 *
 * @param value - what was given
 * @returns `null`, `array`, or the value's `typeof`
 *
 * @example
 * [typeNameOf(null), typeNameOf([]), typeNameOf('a')]; // ['null', 'array', 'string']
 *
 * @internal
 */
export function typeNameOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
