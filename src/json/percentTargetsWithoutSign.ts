import { isRecord } from '../issues/isRecord.js';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { percentExpected } from './percentExpected.js';

/**
 * Finds rule targets written without their percent sign in a scheme's JSON, for rules whose
 * values are rates (`"unit": "percent"`): `"target": "5"` for 结转结余率 would be read as 500%.
 * As for inputs, a value written without `%` is a fraction, so one above 1 is reported
 * (`percent_expected`) with the `%` form to write instead.
 *
 * @param indicators - the scheme's `indicators` as written (before decimals are read)
 * @param path - where they sit in the file, e.g. `['indicators']`
 * @returns one issue per such target
 *
 * @internal
 */
export function percentTargetsWithoutSign(indicators: unknown, path: IssuePath): readonly Issue[] {
  const issues: Issue[] = [];
  const pending: { readonly nodes: unknown; readonly path: IssuePath }[] = [
    { nodes: indicators, path },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (!Array.isArray(next.nodes)) continue;
    const nodes: readonly unknown[] = next.nodes;
    for (const [index, node] of nodes.entries()) {
      if (!isRecord(node)) continue;
      const at = [...next.path, index];
      if (Object.hasOwn(node, 'children'))
        pending.push({ nodes: node['children'], path: [...at, 'children'] });
      const rule = Object.hasOwn(node, 'rule') ? node['rule'] : undefined;
      if (!isRecord(rule) || rule['unit'] !== 'percent' || !Object.hasOwn(rule, 'target')) continue;
      const what = { zh: '该规则的目标值', en: "This rule's target" };
      const issue = percentExpected(rule['target'], [...at, 'rule', 'target'], what);
      if (issue !== undefined) issues.push(issue);
    }
  }
  return issues;
}
