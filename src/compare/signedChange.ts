/**
 * A change as the table and Markdown comparisons show it: a plus sign before a gain (`+0.50`),
 * the ASCII minus of the decimal string for a loss (`-1.20`, as CSV and JSON write it too), no
 * sign for no change (`0.00`), and nothing for a change that does not exist (`null`).
 *
 * @param change - the change as the comparison states it
 * @returns the text shown
 *
 * @example
 * [signedChange('0.50'), signedChange('-1.20'), signedChange('0.00'), signedChange(null)];
 * // → ["+0.50", "-1.20", "0.00", ""]
 * @internal
 */
export function signedChange(change: string | null): string {
  if (change === null) return '';
  return change.startsWith('-') || /^0(?:\.0+)?$/.test(change) ? change : `+${change}`;
}
