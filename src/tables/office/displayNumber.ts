import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { groupThousands } from '../../decimal/groupThousands.js';
import { trimZeros } from '../../decimal/trimZeros.js';

/** Excel's built-in number formats that the reader shows as formatted (ids of ECMA-376 18.8.30). */
const builtInFormats: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00;(#,##0.00)'],
  [40, '#,##0.00;[Red](#,##0.00)'],
  [49, '@'],
]);

/** Built-in ids that show a date (and the CJK date forms 27–36, 50–58). */
const isBuiltInDate = (id: number): boolean =>
  (id >= 14 && id <= 22) ||
  (id >= 27 && id <= 36) ||
  (id >= 45 && id <= 47) ||
  (id >= 50 && id <= 58);

/** A stored number as Excel writes it in `<v>`: the shortest decimal text of a double. */
const storedNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,3})?$/;

/** The digits of one format section: decimals shown, integer digits, grouping, percent signs. */
interface NumberPattern {
  /** False for a section of literal text only (`"—"` for zero). */
  readonly digits: boolean;
  readonly prefix: string;
  readonly suffix: string;
  readonly minIntegerDigits: number;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouped: boolean;
  readonly percents: number;
}

/** A format's sections (`positive;negative;zero;text`), split outside quotes and brackets. */
function sections(code: string): string[] {
  const found: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let index = 0; index < code.length; index += 1) {
    const char = code[index] ?? '';
    if (char === '\\' && !quoted && !bracket) {
      current += char + (code[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (char === '"' && !bracket) quoted = !quoted;
    else if (char === '[' && !quoted) bracket = true;
    else if (char === ']' && !quoted) bracket = false;
    if (char === ';' && !quoted && !bracket) {
      found.push(current);
      current = '';
    } else current += char;
  }
  found.push(current);
  return found;
}

/**
 * Reads one section into a number pattern; `'date'` for a date or time; undefined for what the
 * reader shows as General instead (scientific, fractions, conditions, Chinese numerals, text).
 */
function readSection(section: string): NumberPattern | 'date' | undefined {
  let prefix = '';
  let suffix = '';
  // An object, so that the checks below see what `literal` sets.
  const digits = { seen: false, ended: false };
  let afterPoint = false;
  let integerZeros = 0;
  let minDecimals = 0;
  let maxDecimals = 0;
  let grouped = false;
  let percents = 0;
  const literal = (text: string): boolean => {
    if (digits.seen) {
      digits.ended = true;
      suffix += text;
    } else prefix += text;
    return true;
  };
  for (let index = 0; index < section.length; index += 1) {
    const char = section[index] ?? '';
    const lower = char.toLowerCase();
    if (char === '"') {
      const close = section.indexOf('"', index + 1);
      literal(section.slice(index + 1, close < 0 ? section.length : close));
      index = close < 0 ? section.length : close;
    } else if (char === '\\') {
      literal(section[index + 1] ?? '');
      index += 1;
    } else if (char === '_' || char === '*') {
      index += 1;
    } else if (char === '[') {
      const close = section.indexOf(']', index + 1);
      const inside = section.slice(index + 1, close < 0 ? section.length : close);
      if (/^[<>=]|^dbnum|^h+$|^m+$|^s+$/i.test(inside))
        return /^[hms]+$/i.test(inside) ? 'date' : undefined;
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0] ?? '');
      index = close < 0 ? section.length : close;
    } else if (char === '0' || char === '#' || char === '?') {
      if (digits.ended) return undefined;
      digits.seen = true;
      if (afterPoint) {
        maxDecimals += 1;
        if (char === '0') minDecimals = maxDecimals;
      } else if (char === '0') integerZeros += 1;
    } else if (
      char === '.' &&
      !afterPoint &&
      (digits.seen || /[0#?]/.test(section[index + 1] ?? ''))
    ) {
      if (digits.ended) return undefined;
      digits.seen = true;
      afterPoint = true;
    } else if (char === ',' && digits.seen && !digits.ended && !afterPoint) {
      if (!/[0#?]/.test(section[index + 1] ?? '')) return undefined;
      grouped = true;
    } else if (char === '%') {
      percents += 1;
      literal('%');
    } else if (lower === 'e' && /[+-]/.test(section[index + 1] ?? '')) return undefined;
    else if (char === '/' && digits.seen) return undefined;
    else if (char === '@') return undefined;
    else if ('ymdhs'.includes(lower) || section.slice(index, index + 5).toUpperCase() === 'AM/PM')
      return 'date';
    else if (section.slice(index, index + 7).toLowerCase() === 'general') return undefined;
    else literal(char);
  }
  if (!digits.seen && prefix.trim() === '') return undefined;
  return {
    digits: digits.seen,
    prefix,
    suffix,
    minIntegerDigits: integerZeros,
    minDecimals,
    maxDecimals,
    grouped,
    percents,
  };
}

/** A magnitude written with a pattern's digits (no sign). */
function writeDigits(magnitude: Dec, pattern: NumberPattern): string {
  if (!pattern.digits) return '';
  const scaled = magnitude.times(new JixiaoDecimal(100).pow(pattern.percents));
  const fixed = scaled
    .toDecimalPlaces(pattern.maxDecimals, JixiaoDecimal.ROUND_HALF_UP)
    .toFixed(pattern.maxDecimals);
  const [integer = '0', fraction = ''] = fixed.split('.');
  let decimals = fraction;
  while (decimals.length > pattern.minDecimals && decimals.endsWith('0'))
    decimals = decimals.slice(0, -1);
  let whole = integer === '0' && pattern.minIntegerDigits === 0 ? '' : integer;
  whole = whole.padStart(pattern.minIntegerDigits, '0');
  if (pattern.grouped && whole !== '') whole = groupThousands(whole);
  return decimals === '' ? whole : `${whole}.${decimals}`;
}

/** Excel's General form of a value: 15 significant digits, plain, trailing zeros dropped. */
function general(value: Dec): string {
  return trimZeros(value.toFixed());
}

/** A date serial as an ISO date (1900 system with its phantom 29 February, or 1904). */
function serialDate(value: Dec, date1904: boolean): string | undefined {
  const days = value.floor();
  if (days.isNegative() || days.greaterThan(2_958_465)) return undefined;
  const count = days.toNumber() + (date1904 ? 1462 : 0);
  if (!date1904 && count === 60) return '1900-02-29';
  const epoch = Date.UTC(1899, 11, count < 60 && !date1904 ? 31 : 30);
  return new Date(epoch + count * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A number cell as the sheet displays it, from the stored value and the cell's number format:
 * percentages (`0.00%`: 0.956 → `95.60%`; built-in 9 and 10), fixed decimals and thousands
 * separators (`0.00`, `#,##0.00`, built-in 1–4 and 37–40), literal text and currency signs of the
 * format, dates as `yyyy-mm-dd`; anything else in General form: the stored double rounded to 15
 * significant digits, trailing zeros dropped (`0.30000000000000004` → `0.3`). All arithmetic is
 * decimal. A value that is not a number is returned as written.
 *
 * @param stored - the cell's `<v>` text
 * @param formatId - the cell style's `numFmtId` (0, General, when absent)
 * @param customFormats - the workbook's own formats by id (styles.xml `numFmts`)
 * @param date1904 - whether the workbook counts dates from 1904
 * @returns the displayed text
 *
 * @example
 * displayNumber('0.956', 10, new Map()); // → "95.60%"
 * displayNumber('0.30000000000000004', 0, new Map()); // → "0.3"
 */
export function displayNumber(
  stored: string,
  formatId: number,
  customFormats: ReadonlyMap<number, string>,
  date1904 = false,
): string {
  const text = stored.trim();
  if (!storedNumber.test(text)) return text;
  const value = new JixiaoDecimal(text).toSignificantDigits(15, JixiaoDecimal.ROUND_HALF_UP);
  const code = customFormats.get(formatId) ?? builtInFormats.get(formatId);
  if (code === undefined) {
    if (isBuiltInDate(formatId)) return serialDate(value, date1904) ?? general(value);
    return general(value);
  }
  const all = sections(code);
  const negativeSection = value.isNegative() && all.length >= 2;
  const chosen = value.isZero() && all.length >= 3 ? all[2] : negativeSection ? all[1] : all[0];
  const pattern = readSection(chosen ?? '');
  if (pattern === 'date') return serialDate(value, date1904) ?? general(value);
  if (pattern === undefined) return general(value);
  const digits = writeDigits(value.abs(), pattern);
  const sign = value.isNegative() && !negativeSection && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${pattern.prefix}${digits}${pattern.suffix}`.trim();
}
