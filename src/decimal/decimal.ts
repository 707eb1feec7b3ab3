import { JixiaoError } from '../issues/JixiaoError.js';
import type { DecimalInput } from './DecimalInput.js';
import type { Dec } from './JixiaoDecimal.js';
import { parseDecimal } from './parseDecimal.js';

/**
 * Reads a decimal written in code, throwing {@link JixiaoError} if it is malformed. For values
 * that come from users, call {@link parseDecimal} and handle its issues instead.
 *
 * @param value - a string, finite number or decimal
 * @returns the decimal
 *
 * @example
 * decimal('23,135.18').toString(); // "23135.18"
 */
export function decimal(value: DecimalInput): Dec {
  const parsed = parseDecimal(value);
  if (!parsed.ok) throw new JixiaoError(parsed.issues);
  return parsed.value;
}
