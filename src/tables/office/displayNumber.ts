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

/** The longest `<v>` read as a number: Excel writes a double in at most 24 characters. */
export const maxStoredNumberLength = 64;

/** The longest format code read (Excel's own limit); a longer one shows as General. */
export const maxFormatCodeLength = 255;

/** The most percent signs a format section may have (`0%%` is × 10,000); more shows as General. */
const maxPercentSigns = 3;

const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9';

/**
 * Whether a `<v>` is a stored number as Excel writes it (the shortest decimal text of a double):
 * a sign, digits with an optional point (or a point and digits), an exponent of one to three
 * digits. A hand scan, one pass, no backtracking.
 */
function isStoredNumber(text: string): boolean {
  if (text.length > maxStoredNumberLength) return false;
  let index = text.startsWith('+') || text.startsWith('-') ? 1 : 0;
  let mantissa = 0;
  while (isDigit(text[index])) {
    index += 1;
    mantissa += 1;
  }
  if (text[index] === '.') {
    index += 1;
    while (isDigit(text[index])) {
      index += 1;
      mantissa += 1;
    }
  }
  if (mantissa === 0) return false;
  if (text[index] === 'e' || text[index] === 'E') {
    index += 1;
    if (text[index] === '+' || text[index] === '-') index += 1;
    const from = index;
    while (isDigit(text[index])) index += 1;
    if (index === from || index - from > 3) return false;
  }
  return index === text.length;
}

/**
 * Whether a `<v>` is too long to be a number Excel wrote ({@link maxStoredNumberLength}): such a
 * value is read as text, with a repair, and never parsed.
 *
 * @param stored - the cell's `<v>` text
 * @returns true when it is longer than a stored number can be
 *
 * @example
 * isOverlongNumber('9'.repeat(100)); // → true
 */
export function isOverlongNumber(stored: string): boolean {
  return stored.trim().length > maxStoredNumberLength;
}

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
  /** Commas after the last digit (`#,##0,`): each divides the value by 1,000. */
  readonly thousands: number;
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

/** A digit placeholder of a format: `0` (shown always), `#` and `?` (shown when significant). */
const isPlaceholder = (char: string | undefined): boolean =>
  char === '0' || char === '#' || char === '?';

/**
 * Reads one section into a number pattern; `'date'` for a date or time; undefined for what the
 * reader shows as General instead (scientific, fractions, conditions, Chinese numerals, text,
 * more than three percent signs).
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
  let thousands = 0;
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
    } else if (isPlaceholder(char)) {
      if (digits.ended || thousands > 0) return undefined;
      digits.seen = true;
      if (afterPoint) {
        maxDecimals += 1;
        if (char === '0') minDecimals = maxDecimals;
      } else if (char === '0') integerZeros += 1;
    } else if (char === '.' && !afterPoint && (digits.seen || isPlaceholder(section[index + 1]))) {
      if (digits.ended || thousands > 0) return undefined;
      digits.seen = true;
      afterPoint = true;
    } else if (char === ',' && digits.seen && !digits.ended) {
      // Between integer digits a comma groups thousands; after the last digit each one scales.
      if (thousands === 0 && !afterPoint && isPlaceholder(section[index + 1])) grouped = true;
      else thousands += 1;
    } else if (char === '%') {
      percents += 1;
      if (percents > maxPercentSigns) return undefined;
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
    thousands,
  };
}

/** A magnitude written with a pattern's digits (no sign). */
function writeDigits(magnitude: Dec, pattern: NumberPattern): string {
  if (!pattern.digits) return '';
  // × 100 per percent sign, ÷ 1,000 per scaling comma: a power of ten, exact in decimal.
  const scaled = magnitude.times(
    JixiaoDecimal.pow(10, 2 * pattern.percents - 3 * pattern.thousands),
  );
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

/** A format code read once: the patterns of its first three sections and how many it has. */
interface ParsedFormat {
  /** The code it was read from, so that a changed map is read again. */
  readonly code: string;
  readonly count: number;
  readonly patterns: readonly (NumberPattern | 'date' | undefined)[];
}

/**
 * A workbook's number formats, each code read once and kept by id: the cells of a sheet share a
 * few formats, so reading a format per cell would repeat the same work for every cell. A code
 * longer than {@link maxFormatCodeLength} (Excel's own limit) shows as General.
 *
 * @example
 * const formats = new NumberFormats(new Map([[164, '0.00%']]));
 * displayNumber('0.956', 164, formats); // → "95.60%"
 */
export class NumberFormats {
  private readonly parsed = new Map<number, ParsedFormat>();

  /** @param custom - the workbook's own formats by id (styles.xml `numFmts`) */
  constructor(private readonly custom: ReadonlyMap<number, string>) {}

  /**
   * The format of an id, read at its first use: undefined for an id with no code (General, or
   * a built-in date).
   *
   * @param formatId - the cell style's `numFmtId`
   * @returns the format's sections, or undefined
   */
  format(formatId: number): ParsedFormat | undefined {
    const code = this.custom.get(formatId) ?? builtInFormats.get(formatId);
    if (code === undefined) return undefined;
    const known = this.parsed.get(formatId);
    if (known?.code === code) return known;
    const read = readFormat(code);
    this.parsed.set(formatId, read);
    return read;
  }
}

/** Reads a format code's sections (a code past Excel's length limit is General). */
function readFormat(code: string): ParsedFormat {
  if (code.length > maxFormatCodeLength) return { code, count: 1, patterns: [undefined] };
  const all = sections(code);
  return { code, count: all.length, patterns: all.slice(0, 3).map(readSection) };
}

/**
 * A number cell as the sheet displays it, from the stored value and the cell's number format:
 * percentages (`0.00%`: 0.956 → `95.60%`; built-in 9 and 10), fixed decimals and thousands
 * separators (`0.00`, `#,##0.00`, built-in 1–4 and 37–40), thousands scaling (`#,##0,`: each
 * comma after the last digit divides by 1,000; 1234567 → `1,235`), literal text and currency
 * signs of the format, dates as `yyyy-mm-dd`; anything else in General form: the stored double
 * rounded to 15 significant digits, trailing zeros dropped (`0.30000000000000004` → `0.3`), as
 * is a format code over 255 characters or with more than three `%`. All arithmetic is decimal.
 * A value that is not a number, or longer than {@link maxStoredNumberLength} characters, is
 * returned as written. Pass one {@link NumberFormats} for all the cells of a workbook, so that
 * each format is read once.
 *
 * @param stored - the cell's `<v>` text
 * @param formatId - the cell style's `numFmtId` (0, General, when absent)
 * @param customFormats - the workbook's own formats by id (styles.xml `numFmts`), or the
 *   workbook's {@link NumberFormats}
 * @param date1904 - whether the workbook counts dates from 1904
 * @returns the displayed text
 *
 * @example
 * displayNumber('0.956', 10, new Map()); // → "95.60%"
 * displayNumber('0.30000000000000004', 0, new Map()); // → "0.3"
 * displayNumber('1234567', 164, new Map([[164, '#,##0,']])); // → "1,235"
 */
export function displayNumber(
  stored: string,
  formatId: number,
  customFormats: ReadonlyMap<number, string> | NumberFormats,
  date1904 = false,
): string {
  const text = stored.trim();
  if (!isStoredNumber(text)) return text;
  const value = new JixiaoDecimal(text).toSignificantDigits(15, JixiaoDecimal.ROUND_HALF_UP);
  const formats =
    customFormats instanceof NumberFormats ? customFormats : new NumberFormats(customFormats);
  const format = formats.format(formatId);
  if (format === undefined) {
    if (isBuiltInDate(formatId)) return serialDate(value, date1904) ?? general(value);
    return general(value);
  }
  const negativeSection = value.isNegative() && format.count >= 2;
  const chosen = value.isZero() && format.count >= 3 ? 2 : negativeSection ? 1 : 0;
  const pattern = format.patterns[chosen];
  if (pattern === 'date') return serialDate(value, date1904) ?? general(value);
  if (pattern === undefined) return general(value);
  const digits = writeDigits(value.abs(), pattern);
  const sign = value.isNegative() && !negativeSection && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${pattern.prefix}${digits}${pattern.suffix}`.trim();
}
