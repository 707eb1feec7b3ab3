import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { RuleKindLookup } from '../scheme/validateSchemeWith.js';
import { isDeepFrozen } from './isDeepFrozen.js';
import { prepareScheme, type PreparedScheme } from './prepareScheme.js';

/**
 * Makes an engine's one store of prepared schemes, which its validateScheme and evaluate share: a
 * deep-frozen scheme is prepared the first time it is seen, any other scheme on every call.
 *
 * @param lookup - the engine's rule kinds
 * @returns the scheme's preparation (its issues, and the parts of its result fixed by the scheme)
 *
 * @internal
 */
export function createPreparedSchemeCache(
  lookup: RuleKindLookup,
): (scheme: Scheme<RuleBase>) => PreparedScheme {
  // What a deep-frozen scheme yields cannot change; the weak keys let unused schemes go.
  const preparedSchemes = new WeakMap<Scheme<RuleBase>, PreparedScheme>();
  return (scheme) => {
    const known = preparedSchemes.get(scheme);
    if (known !== undefined) return known;
    const fresh = prepareScheme(scheme, lookup);
    // An untyped caller may pass what cannot be a key (null, a string): it is never kept.
    const key: unknown = scheme;
    if (typeof key === 'object' && key !== null && isDeepFrozen(key)) {
      preparedSchemes.set(scheme, fresh);
    }
    return fresh;
  };
}
