import { typeNameOf } from './typeNameOf.js';

/**
 * Shows a value a caller gave, for an issue's `received`, without calling anything on it (an
 * object without a prototype cannot even be turned into a string): text as JSON, other
 * primitives as they print, objects by their type.
 *
 * @param value - what was given
 * @returns e.g. `"skip"` (with its quotes), `5`, `null`, `array`, `object`
 *
 * @example
 * [shownValue('skip'), shownValue(5), shownValue(Object.create(null))]; // ['"skip"', '5', 'object']
 *
 * @internal
 */
export function shownValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
    case 'object':
      return typeNameOf(value);
  }
}
