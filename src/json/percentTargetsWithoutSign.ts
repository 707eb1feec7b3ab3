import { formatPercent } from '../decimal/formatPercent.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssuePath } from '../issues/Issue.js';

const percentSign = /[%％]\s*$/;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
      const written = rule['target'];
      if (typeof written !== 'string' && typeof written !== 'number') continue;
      const text = String(written).trim();
      if (percentSign.test(text)) continue;
      const value = parseDecimal(written);
      if (!value.ok || !value.value.greaterThan(1)) continue;
      const read = formatPercent(value.value, 'exact');
      issues.push(
        createIssue(
          'percent_expected',
          [...at, 'rule', 'target'],
          {
            zh: `该规则的数值是百分比：目标值「${text}」会被读作 ${read}。是否应写作 ${text}%？（确为 ${read} 时请写作 ${read}）`,
            en: `This rule's values are rates: the target "${text}" reads as ${read}. Did you mean ${text}%? (write ${read} if that is meant)`,
          },
          { expected: `${text}%`, received: text },
        ),
      );
    }
  }
  return issues;
}
