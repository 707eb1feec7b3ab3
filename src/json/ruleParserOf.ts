import type { z } from 'zod';
import type { IssuePath } from '../issues/Issue.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { issuesFromZod } from './issuesFromZod.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { nestingTooDeep } from './nestingTooDeep.js';
import { parseJsonWith } from './parseJsonWith.js';

/**
 * Turns a rule kind's JSON form (a zod schema, as every built-in kind has one) into the
 * `parseRule` a custom `RuleKind` offers, so a custom kind reads its JSON the way the
 * built-in kinds do: misspelt keys and malformed numbers come back as issues at their path.
 *
 * @param form - the zod schema reading the rule's JSON form into the rule
 * @returns a `parseRule(json, path)` function
 * @throws `JixiaoError` (`invalid_argument`) when `form` is not a zod schema
 *
 * @example
 * const squareKind: RuleKind<SquareRule> = { …, parseRule: ruleParserOf(squareJson) };
 */
export function ruleParserOf<R extends RuleBase>(
  form: z.ZodType<R>,
): (json: unknown, path: IssuePath) => Result<R> {
  const given: unknown = form;
  if (typeof given !== 'object' || given === null || !('safeParse' in given))
    throw invalidArgument('form', { zh: 'zod 模式', en: 'a zod schema' }, given);
  return (json, path) => {
    // A caller the compiler did not check may pass anything as the path.
    const at: IssuePath = Array.isArray(path) ? path : [];
    const tooDeep = nestingTooDeep(json, at);
    if (tooDeep !== undefined) return failure([tooDeep]);
    const parsed = parseJsonWith(form, json);
    return parsed.success ? success(parsed.data) : failure(issuesFromZod(parsed.error, at));
  };
}
