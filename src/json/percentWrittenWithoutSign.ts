import { isRecord } from '../issues/isRecord.js';
import type { Issue } from '../issues/Issue.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { percentExpected } from './percentExpected.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';

const measuredFields = ['actual', 'target'] as const;

function ratedLeaves(
  nodes: readonly IndicatorNode<RuleBase>[],
): readonly IndicatorNode<RuleBase>[] {
  return nodes.flatMap((node) => {
    if (node.type === 'category') return ratedLeaves(node.children);
    const { rule } = node;
    return 'unit' in rule && rule.unit === 'percent' ? [node] : [];
  });
}

/**
 * Finds rates written without their percent sign for rules whose values are rates
 * (`unit: 'percent'`): "2.33" for a 结转结余率 would be read as 233%. A value written without `%`
 * is a fraction (0.0233 = 2.33%), so one above 1 — above 100% — is almost always a percentage
 * that lost its sign; it is reported (`percent_expected`) with the `%` form to write instead.
 * A rate above 100% is written with its sign ("105%"), a fraction up to 1 stays as it is.
 *
 * @param scheme - the scheme the inputs are for
 * @param inputs - the inputs as written in the file (before decimals are read)
 * @returns one issue per such value, at `['inputs', id, field]`
 *
 * @internal
 */
export function percentWrittenWithoutSign(
  scheme: Scheme<RuleBase>,
  inputs: unknown,
): readonly Issue[] {
  if (!isRecord(inputs)) return [];
  const issues: Issue[] = [];
  for (const leaf of ratedLeaves(scheme.indicators)) {
    const input = Object.hasOwn(inputs, leaf.id) ? inputs[leaf.id] : undefined;
    if (!isRecord(input)) continue;
    for (const field of measuredFields) {
      const written = Object.hasOwn(input, field) ? input[field] : undefined;
      const name = { zh: `「${leaf.name.zh}」`, en: `"${leaf.name.en ?? leaf.name.zh}"` };
      const issue = percentExpected(written, ['inputs', leaf.id, field], name);
      if (issue !== undefined) issues.push(issue);
    }
  }
  return issues;
}
