/**
 * Input fields every leaf accepts, whatever its rule: a reason, evidence, 不适用.
 *
 * @internal
 */
export const commonInputFields: ReadonlySet<string> = new Set([
  'reason',
  'evidence',
  'notApplicable',
]);
