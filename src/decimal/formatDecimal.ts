import type { Dec } from './JixiaoDecimal.js';

/**
 * Writes a decimal as the plain string the library's JSON carries: no exponent, no trailing zeros
 * beyond those of `scale` when one is given.
 *
 * @param value - the decimal
 * @param scale - fixed number of decimal places, for values already rounded to it
 * @returns e.g. `"9.96"`, `"0.995585943139409332452"`, `"20.00"` with scale 2
 *
 * @example
 * formatDecimal(decimal('20'), 2); // "20.00"
 */
export function formatDecimal(value: Dec, scale?: number): string {
  const text =
    scale === undefined || value.decimalPlaces() > scale
      ? scale === undefined
        ? value.toFixed()
        : value.toFixed(scale)
      : padded(value.toFixed(), scale);
  return text.startsWith('-') && /^-[0.]*$/.test(text) ? text.slice(1) : text;
}

/** Pads a plain decimal string with zeros to `scale` places (it has at most that many). */
function padded(text: string, scale: number): string {
  if (scale === 0) return text;
  const point = text.indexOf('.');
  const places = point < 0 ? 0 : text.length - point - 1;
  return `${text}${point < 0 ? '.' : ''}${'0'.repeat(scale - places)}`;
}
