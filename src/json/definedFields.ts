/**
 * Drops keys whose value is undefined, so optional fields stay absent (exactOptionalPropertyTypes):
 * `defined` of rules/support/jsonPrimitives, for the readers that must not load zod, which that
 * module imports for its schemas (the command line reads a well-formed data file without zod).
 *
 * @param value - an object whose optional fields may be undefined
 * @returns a copy without the undefined-valued keys
 *
 * @example
 * definedFields({ name: '南州', code: undefined }); // → { name: '南州' }
 */
export function definedFields<T extends object>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  // Removing undefined-valued keys is exactly what the mapped type states.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
