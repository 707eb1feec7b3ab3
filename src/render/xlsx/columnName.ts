/**
 * A column's letters from its 0-based index, as cell references name it.
 *
 * @param index - 0 for the first column
 * @returns `A`, `B`, …, `Z`, `AA`, …
 *
 * @example
 * columnName(0); // → 'A'
 * columnName(26); // → 'AA'
 */
export function columnName(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
