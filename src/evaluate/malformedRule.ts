import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';

/**
 * Reports a rule whose kind failed on its parameters (a `TypeError` from checking or scoring
 * it): a rule built by hand without its builder, such as `{ kind: 'ratio', cap: '1' }`, with a
 * string where a decimal belongs or a parameter left out.
 *
 * @param path - where the rule sits
 * @param kind - the rule's kind
 * @param error - what the kind threw
 * @returns an `invalid_rule_parameter` issue
 *
 * @internal
 */
export function malformedRule(path: IssuePath, kind: string, error: TypeError): Issue {
  return createIssue(
    'invalid_rule_parameter',
    path,
    {
      zh: `「${kind}」规则的参数缺失或类型不符（请用规则的构造函数或 parseScheme 建立）：${error.message}`,
      en:
        `The "${kind}" rule has parameters missing or of the wrong type (${error.message}); ` +
        'build it with its builder or parseScheme',
    },
    { received: error.message },
  );
}
