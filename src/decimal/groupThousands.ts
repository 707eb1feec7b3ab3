/**
 * Inserts thousand separators into a plain decimal string, for display: `"23135.18"` →
 * `"23,135.18"`.
 *
 * @param text - a plain decimal string as {@link formatDecimal} writes it
 * @returns the grouped form
 */
export function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
