/**
 * Two values of one field as a comparison shows them: `a → b` when they differ, the one value
 * when they do not.
 *
 * @param before - the earlier text
 * @param after - the later text
 * @returns the text shown
 *
 * @example
 * [changedText('3', '4'), changedText('优', '优')]; // → ["3 → 4", "优"]
 * @internal
 */
export function changedText(before: string, after: string): string {
  return before === after ? after : `${before} → ${after}`;
}
