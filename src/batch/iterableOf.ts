/**
 * The value as an iterable or async iterable, when it is one (a string is not taken as one:
 * its characters are not documents); undefined otherwise.
 *
 * @param value - what the caller gave
 * @returns the value, typed as iterable, or undefined
 *
 * @example
 * iterableOf([1, 2]); // → [1, 2]
 * iterableOf('ab'); // → undefined
 */
export function iterableOf<T>(value: unknown): Iterable<T> | AsyncIterable<T> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const iterable: { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } = value;
  if (
    typeof iterable[Symbol.asyncIterator] === 'function' ||
    typeof iterable[Symbol.iterator] === 'function'
  )
    // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- checked just above: it has an iterator method; its items are checked one by one by the batch
    return value as Iterable<T> | AsyncIterable<T>;
  return undefined;
}
