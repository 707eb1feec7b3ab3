import type { JsonValue } from '../evaluation/Evaluation.js';
import { toJsonData } from '../decimal/toJsonData.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { JixiaoError } from '../issues/JixiaoError.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import { nestingTooDeep } from './nestingTooDeep.js';

const aScheme = {
  zh: '评价方案（带 id、version 与 indicators 数组的对象）',
  en: 'a scheme (an object with an id, a version and an indicators array)',
};

/** Whether an untyped caller's value has the parts of a scheme that writing it reads. */
function looksLikeScheme(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const part = (key: string): unknown => Object.getOwnPropertyDescriptor(value, key)?.value;
  return (
    typeof part('id') === 'string' &&
    typeof part('version') === 'string' &&
    Array.isArray(part('indicators'))
  );
}

/**
 * Writes a scheme in its JSON form (decimals as strings), which {@link parseScheme} reads back
 * to an equal scheme.
 *
 * @param scheme - the scheme
 * @returns JSON data, ready for `JSON.stringify`
 * @throws `JixiaoError` (`invalid_argument`) when an untyped caller passes something that is
 *   not a scheme, or a scheme nested more than 200 levels deep (`too_deep`); a scheme the library
 *   made or read is always written
 *
 * @example
 * parseScheme(schemeToJson(scheme)); // → ok, the same scheme
 */
export function schemeToJson(scheme: Scheme<RuleBase>): JsonValue {
  if (!looksLikeScheme(scheme)) throw invalidArgument('scheme', aScheme, scheme);
  const tooDeep = nestingTooDeep(scheme, []);
  if (tooDeep !== undefined) throw new JixiaoError([tooDeep]);
  return toJsonData(scheme);
}
