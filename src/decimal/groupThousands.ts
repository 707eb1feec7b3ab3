import { invalidArgument } from '../issues/invalidArgument.js';

const aDecimalString = { zh: '数值字符串', en: 'a decimal string' };

/**
 * Inserts thousand separators into a plain decimal string, for display: `"23135.18"` →
 * `"23,135.18"`.
 *
 * @param text - a plain decimal string as {@link formatDecimal} writes it
 * @returns the grouped form
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes a non-string
 *
 * @example
 * groupThousands('23135.18'); // "23,135.18"
 */
export function groupThousands(text: string): string {
  const given: unknown = text;
  if (typeof given !== 'string') throw invalidArgument('text', aDecimalString, given);
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
