import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import type { CategoryResult } from '../evaluation/Evaluation.js';
import { success } from '../issues/Result.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { category, defineScheme, leaf } from '../scheme/builders.js';
import { aggregate } from './aggregate.js';
import { createRuleKindRegistry } from './createRuleKindRegistry.js';
import { prepareScheme, type PreparedLeaf } from './prepareScheme.js';
import type { ScoredNode } from './ScoredNode.js';
import { roundedScore } from './scoreUnits.js';

interface GivenRule {
  readonly kind: 'given';
}

const givenKind: RuleKind<GivenRule> = {
  kind: 'given',
  inputFields: ['score'],
  directionOf: () => 'none',
  validateRule: () => [],
  evaluate: () => success({ score: decimal(0), trace: [], findings: [] }),
};

const given: GivenRule = { kind: 'given' };
const scheme = defineScheme<GivenRule>({
  id: 'a',
  version: '1',
  title: 'a',
  fullMarks: 15,
  grades: [{ grade: '-', min: 0 }],
  indicators: [
    category('c', 'C', 10, [
      leaf<GivenRule>('a', 'A', 4, given),
      leaf<GivenRule>('b', 'B', 6, given),
    ]),
    leaf<GivenRule>('d', 'D', 5, given),
  ],
});
const { nodes } = prepareScheme(scheme, createRuleKindRegistry([givenKind]));

/**
 * Leaves scored as listed: a score, or 'n/a' for 不适用 left out of the total; each with its count
 * of units, or, when `counted` is false, without (the decimal path every count falls back to).
 */
function aggregated(
  scores: Readonly<Record<string, string>>,
  counted: boolean,
): readonly ScoredNode[] {
  return aggregate(nodes, scheme, (prepared: PreparedLeaf): ScoredNode => {
    const written = scores[prepared.node.id] ?? '0';
    const weight = prepared.node.weight;
    const score = written === 'n/a' ? null : decimal(written);
    return {
      result: {
        type: 'leaf',
        id: prepared.node.id,
        name: prepared.name,
        path: prepared.path,
        weight: prepared.weightText,
        status: score === null ? 'not_applicable' : 'scored',
        score: score === null ? null : written,
        scoreRatePercent: null,
        ...prepared.ruleFields,
        input: null,
        trace: [],
        findings: [],
      },
      score,
      units: score === null || !counted ? undefined : roundedScore(score, 2).units,
      applicableWeight: score === null ? decimal(0) : weight,
      notApplicableWeight: score === null ? weight : decimal(0),
    };
  });
}

function categoryOf(scored: readonly ScoredNode[]): CategoryResult {
  const [first] = scored;
  if (first?.result.type !== 'category') throw new Error('fixture: a category first');
  return first.result;
}

describe.each([true, false])('aggregate, leaves with counts of units: %s', (counted) => {
  test('a category is the sum of its children, in scheme order', () => {
    const scored = aggregated({ a: '3', b: '6', d: '5' }, counted);
    expect(scored.map((node) => [node.result.id, node.score?.toString(), node.units])).toEqual([
      ['c', '9', counted ? 900 : undefined],
      ['d', '5', counted ? 500 : undefined],
    ]);
    const result = categoryOf(scored);
    expect([result.score, result.applicableWeight, result.scoreRatePercent, result.status]).toEqual(
      ['9.00', '10', '90.00', 'scored'],
    );
    expect(result.children.map((child) => child.id)).toEqual(['a', 'b']);
  });

  test('不适用 below a category lowers its applicable weight and its 得分率 is out of that', () => {
    const scored = aggregated({ a: 'n/a', b: '3', d: '5' }, counted);
    const [c] = scored;
    expect([c?.applicableWeight.toString(), c?.notApplicableWeight.toString()]).toEqual(['6', '4']);
    const result = categoryOf(scored);
    expect([result.score, result.weight, result.applicableWeight, result.scoreRatePercent]).toEqual(
      ['3.00', '10', '6', '50.00'],
    );
  });

  test('a category with every leaf 不适用 is itself not applicable, with no score', () => {
    const result = categoryOf(aggregated({ a: 'n/a', b: 'n/a' }, counted));
    expect([result.status, result.score, result.applicableWeight, result.scoreRatePercent]).toEqual(
      ['not_applicable', null, '0', null],
    );
  });

  test('category results are frozen', () => {
    const result = categoryOf(aggregated({}, counted));
    expect([Object.isFrozen(result), Object.isFrozen(result.children)]).toEqual([true, true]);
  });
});
