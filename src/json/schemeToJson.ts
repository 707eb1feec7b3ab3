import type { JsonValue } from '../evaluation/Evaluation.js';
import { toJsonData } from '../decimal/toJsonData.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';

/**
 * Writes a scheme in its JSON form (decimals as strings), which {@link parseScheme} reads back
 * to an equal scheme.
 *
 * @param scheme - the scheme
 * @returns JSON data, ready for `JSON.stringify`
 *
 * @example
 * parseScheme(schemeToJson(scheme)); // → ok, the same scheme
 */
export function schemeToJson(scheme: Scheme<RuleBase>): JsonValue {
  return toJsonData(scheme);
}
