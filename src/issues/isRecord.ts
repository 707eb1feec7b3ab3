/**
 * Whether a value is an object an untyped caller may have meant as a record: not null, not an
 * array.
 *
 * @param value - what was given
 * @returns true for an object whose own keys can be read as fields
 *
 * @example
 * [isRecord({}), isRecord(null), isRecord([])]; // [true, false, false]
 *
 * @internal
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
