import Decimal from 'decimal.js';

/**
 * Deep-freezes scheme data in place (decimals, being immutable already, are left as they are),
 * so that a scheme cannot change after it is built and the engine may reuse what it derived.
 *
 * @internal
 */
export function freezeScheme<T>(value: T): T {
  if (
    typeof value !== 'object' ||
    value === null ||
    Decimal.isDecimal(value) ||
    Object.isFrozen(value)
  )
    return value;
  for (const entry of Object.values(value)) freezeScheme(entry);
  return Object.freeze(value);
}
