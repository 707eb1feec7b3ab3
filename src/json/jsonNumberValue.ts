const decimalForm = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * The exact value of a decimal text in one canonical spelling: sign, significant digits and a
 * power of ten (`"-1.50e2"` → `"-15e1"`), so that two spellings of one value compare equal. The
 * exponent is a bigint, so `1e-400` and `1e-99999999999999999999` stay what they are.
 */
function canonicalDecimal(text: string): string {
  const match = decimalForm.exec(text);
  if (match === null) return text;
  const [, sign = '', integer = '', fraction = '', exponent = '0'] = match;
  const digits = `${integer}${fraction}`;
  const first = digits.search(/[1-9]/);
  if (first === -1) return '0';
  const significant = digits.slice(first).replace(/0+$/, '');
  const dropped = digits.length - first - significant.length;
  const power = BigInt(exponent) - BigInt(fraction.length) + BigInt(dropped);
  return `${sign}${significant}e${power.toString()}`;
}

/**
 * What a JSON number lexeme is read as: the JS number when a binary float holds the lexeme's
 * value exactly (the decimal value of its shortest round-trip text, `String(Number(lexeme))`, is
 * the lexeme's), otherwise the lexeme itself, so that the decimal fields read it digit for digit
 * and an out-of-range value (`1e-400`, `1e400`) meets their range check instead of becoming 0 or
 * Infinity. Integer fields (years, counts) therefore still receive numbers.
 *
 * @param lexeme - a number as the JSON grammar writes it (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`)
 * @returns the number, or the lexeme when a float would change its value
 *
 * @example
 * jsonNumberValue('2023');                   // → 2023
 * jsonNumberValue('0.1');                    // → 0.1 (the float's shortest text is "0.1")
 * jsonNumberValue('0.99949999999999999999'); // → '0.99949999999999999999'
 * jsonNumberValue('9007199254740993');       // → '9007199254740993'
 *
 * @internal
 */
export function jsonNumberValue(lexeme: string): number | string {
  const number = Number(lexeme);
  // Up to 15 digits, no fraction and no exponent: below 10^15, every such integer is a float.
  if (lexeme.length <= 15 && !/[.eE]/.test(lexeme)) return number;
  if (!Number.isFinite(number)) return lexeme;
  return canonicalDecimal(String(number)) === canonicalDecimal(lexeme) ? number : lexeme;
}
