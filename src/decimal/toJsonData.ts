import { Decimal } from 'decimal.js';
import { formatDecimal } from './formatDecimal.js';
import type { JsonValue } from '../issues/JsonValue.js';

/**
 * Converts rule or input data to JSON data: decimals become plain decimal strings, `undefined`
 * properties are dropped, everything else is copied.
 *
 * @param value - data made of decimals, strings, numbers, booleans, arrays and plain objects
 * @returns the JSON form
 */
export function toJsonData(value: unknown): JsonValue {
  if (Decimal.isDecimal(value)) return formatDecimal(value);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(toJsonData);
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    return Object.fromEntries(entries.map(([key, entry]) => [key, toJsonData(entry)]));
  }
  throw new Error(`unreachable: ${typeof value} in rule or input data`);
}
