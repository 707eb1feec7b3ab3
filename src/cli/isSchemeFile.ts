/**
 * Whether a `--scheme` value names a scheme file rather than a preset: a `.json` name, or a path.
 *
 * @param value - the value given to `--scheme`
 * @returns whether it is a file
 *
 * @example
 * isSchemeFile('national-project@2020'); // → false
 * isSchemeFile('my-scheme.json'); // → true
 */
export function isSchemeFile(value: string): boolean {
  return value.toLowerCase().endsWith('.json') || value.includes('/') || value.includes('\\');
}
