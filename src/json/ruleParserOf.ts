import type { z } from 'zod';
import type { IssuePath } from '../issues/Issue.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { issuesFromZod } from './issuesFromZod.js';

/**
 * Turns a rule kind's JSON form (a zod schema, as every built-in kind has one) into the
 * `parseRule` a custom {@link RuleKind} offers, so a custom kind reads its JSON the way the
 * built-in kinds do: misspelt keys and malformed numbers come back as issues at their path.
 *
 * @param form - the zod schema reading the rule's JSON form into the rule
 * @returns a `parseRule(json, path)` function
 *
 * @example
 * const squareKind: RuleKind<SquareRule> = { …, parseRule: ruleParserOf(squareJson) };
 */
export function ruleParserOf<R extends RuleBase>(
  form: z.ZodType<R>,
): (json: unknown, path: IssuePath) => Result<R> {
  return (json, path) => {
    const parsed = form.safeParse(json);
    return parsed.success ? success(parsed.data) : failure(issuesFromZod(parsed.error, path));
  };
}
