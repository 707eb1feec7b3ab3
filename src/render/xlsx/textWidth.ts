/**
 * A text's width in a sheet's column units: two for a CJK or full-width character, one else;
 * for a text of several lines, its widest line.
 *
 * @param text - the text
 * @returns the width
 *
 * @example
 * textWidth('履职效能'); // → 8
 */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const char of line) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}
