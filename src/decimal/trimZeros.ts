/**
 * Strips the trailing zeros of a plain decimal string's fraction, as reports write scores:
 * `"20.00"` → `"20"`, `"7.50"` → `"7.5"`. Digits before the decimal point are never touched,
 * so `"90"` stays `"90"` and `"100"` stays `"100"`.
 *
 * @param text - a plain decimal string, as {@link formatDecimal} writes it
 * @returns the shortest string of the same value
 *
 * @example
 * trimZeros('9.960'); // "9.96"
 */
export function trimZeros(text: string): string {
  const point = text.indexOf('.');
  if (point < 0) return text;
  let end = text.length;
  while (end > point + 1 && text[end - 1] === '0') end -= 1;
  return end === point + 1 ? text.slice(0, point) : text.slice(0, end);
}
