/**
 * Whether an object has an own accessor property (a getter or setter): its value can change
 * while the object stays frozen, so it is never remembered as deep-frozen data.
 *
 * @param value - the object
 * @returns whether one of its own properties is an accessor
 *
 * @example
 * hasAccessor({ get target() { return 1; } }); // → true
 * hasAccessor({ target: 1 }); // → false
 * @internal
 */
export function hasAccessor(value: object): boolean {
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'get' in descriptor) return true;
  }
  return false;
}
