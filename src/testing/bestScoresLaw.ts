// Internal: the `best-scores` law of verifyScheme.
import { compareDecimals } from '../decimal/compareDecimals.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { toJsonData } from '../decimal/toJsonData.js';
import type { Engine } from '../evaluate/createEngine.js';
import { bestLeaf } from '../evaluate/lint/bestLeaf.js';
import { lintScheme } from '../evaluate/lint/lintScheme.js';
import type { NodeResult } from '../evaluation/Evaluation.js';
import { isBuiltInRule } from '../rules/isBuiltInRule.js';
import type { LeafInput } from '../rules/LeafInput.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { IndicatorNode, Scheme } from '../scheme/Scheme.js';
import type { LawResult } from './LawResult.js';

const law = 'best-scores';

function leavesOf(list: readonly NodeResult[]): NodeResult[] {
  return list.flatMap((node) => (node.type === 'category' ? leavesOf(node.children) : [node]));
}

/**
 * Scores every leaf at the input {@link bestLeafScore} names as its best: each leaf must score
 * exactly its best, the total must be the sum of the bests, and it must be the full marks unless
 * a `full_marks_unreachable` lint says which leaf falls short.
 *
 * @param scheme - a valid scheme
 * @param engine - the engine that scores it
 * @param subject - the scheme's `id@version`
 * @returns the law's result (one run: the inputs are fixed); skipped for a scheme with a rule
 *   of a custom kind or a leaf no input scores
 *
 * @example
 * bestScoresLaw(scheme, createEngine(), 'gz-department-overall@2023').status; // → 'passed'
 *
 * @internal
 */
export function bestScoresLaw(
  scheme: Scheme<RuleBase>,
  engine: Engine<RuleBase>,
  subject: string,
): LawResult {
  const inputs: Record<string, LeafInput> = {};
  const bests = new Map<string, Dec>();
  const skipped = (reason: string): LawResult => ({
    law,
    subject,
    status: 'skipped',
    runs: 0,
    reason,
  });
  const leaves: { id: string; rule: RuleBase; weight: Dec }[] = [];
  const visit = (node: IndicatorNode<RuleBase>): void => {
    if (node.type === 'category') node.children.forEach(visit);
    else leaves.push({ id: node.id, rule: node.rule, weight: node.weight });
  };
  scheme.indicators.forEach(visit);
  for (const { id, rule, weight } of leaves) {
    if (!isBuiltInRule(rule))
      return skipped(`"${id}" has a rule of the custom kind "${rule.kind}"`);
    const best = bestLeaf(rule, weight, scheme.rounding);
    if (best.score === null || best.input === undefined)
      return skipped(`no input scores "${id}" (full_marks_unreachable)`);
    inputs[id] = best.input;
    bests.set(id, best.score);
  }
  const failed = (message: string, values: Readonly<Record<string, string>>): LawResult => ({
    law,
    subject,
    status: 'failed',
    runs: 1,
    counterexample: { message, inputs: toJsonData(inputs), values },
  });
  const result = engine.evaluate(scheme, inputs);
  if (!result.ok)
    return failed(
      `the best inputs were refused: ${result.issues.map((found) => `${found.path.join('.')} ${found.code}`).join('; ')}`,
      {},
    );
  const { scale } = scheme.rounding;
  let sum = new JixiaoDecimal(0);
  for (const leaf of leavesOf(result.value.indicators)) {
    const best = bests.get(leaf.id) ?? new JixiaoDecimal(0);
    sum = sum.plus(best);
    const expected = formatDecimal(best, scale);
    if (leaf.score !== expected)
      return failed(
        `"${leaf.id}" scores ${leaf.score ?? 'nothing'} at its best input, not ${expected}`,
        {
          score: leaf.score ?? '',
          best: expected,
        },
      );
  }
  const total = formatDecimal(sum, scale);
  if (result.value.total !== total)
    return failed(
      `the best inputs total ${result.value.total}, not the sum of the bests ${total}`,
      {
        total: result.value.total,
        sum: total,
      },
    );
  const explained = lintScheme(scheme).some((found) => found.code === 'full_marks_unreachable');
  if (!explained && compareDecimals(sum, scheme.fullMarks) !== 0)
    return failed(
      `the best inputs total ${total}, not the full marks ${formatDecimal(scheme.fullMarks)}, and no leaf is full_marks_unreachable`,
      { total, fullMarks: formatDecimal(scheme.fullMarks) },
    );
  return { law, subject, status: 'passed', runs: 1 };
}
