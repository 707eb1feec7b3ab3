import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { Evaluation, NodeResult } from '../evaluation/Evaluation.js';
import type { Inputs } from '../rules/LeafInput.js';
import type { Scheme } from '../scheme/Scheme.js';
import { inputsArbitrary, schemeArbitrary } from '../testing/arbitraries.js';
import { compareEvaluations } from './compareEvaluations.js';
import type { EvaluationComparison, IndicatorComparison } from './EvaluationComparison.js';

const numRuns = 150;

function scored(scheme: Scheme, inputs: Inputs): Evaluation {
  const result = evaluate(scheme, inputs);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message.en).join('\n'));
  return result.value;
}

const schemeArb = schemeArbitrary({ maxCategories: 3, maxChildren: 3, maxDepth: 2 });
const evaluationOf = (scheme: Scheme) =>
  inputsArbitrary(scheme).map((inputs) => scored(scheme, inputs));
const evaluationArb = schemeArb.chain(evaluationOf);

/** The evaluation with the ids the mask picks renamed (paths too), as a new preset might. */
function withIdsRenamed(evaluation: Evaluation, mask: readonly boolean[]): Evaluation {
  let at = 0;
  const renamed = new Map<string, string>();
  const visit = (node: NodeResult): NodeResult => {
    const rename = mask[at % Math.max(1, mask.length)] === true;
    at += 1;
    const id = rename ? `new-${node.id}` : node.id;
    renamed.set(node.id, id);
    const path = node.path.map((each) => renamed.get(each) ?? each);
    return node.type === 'leaf'
      ? { ...node, id, path }
      : { ...node, id, path, children: node.children.map(visit) };
  };
  return { ...evaluation, indicators: evaluation.indicators.map(visit) };
}

/**
 * Two evaluations to compare: of one scheme with other inputs (every id matches), of two
 * generated schemes (whose ids `n1`, `n2`… overlap by chance: moves, type changes, additions
 * and removals), or the second with some ids renamed (matched by name where the name path is
 * unique).
 */
const pairArb: fc.Arbitrary<readonly [Evaluation, Evaluation]> = fc.oneof(
  schemeArb.chain((scheme) => fc.tuple(evaluationOf(scheme), evaluationOf(scheme))),
  fc.tuple(evaluationArb, evaluationArb),
  fc
    .tuple(evaluationArb, evaluationArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }))
    .map(([first, second, mask]) => [first, withIdsRenamed(second, mask)] as const),
);

const decimalOf = (text: string | null | undefined): Dec => new JixiaoDecimal(text ?? 0);
const negated = (text: string | null): string | null =>
  text === null || /^0(?:\.0+)?$/.test(text)
    ? text
    : text.startsWith('-')
      ? text.slice(1)
      : `-${text}`;
const swappedStatus = { added: 'removed', removed: 'added' } as const;
/** A row's key that does not depend on which side is which. */
const keyOf = (row: IndicatorComparison, swap: boolean): string => {
  const ids = [row.before?.id ?? null, row.after?.id ?? null];
  return JSON.stringify([row.type, ...(swap ? ids.reverse() : ids)]);
};

describe('compareEvaluations: laws', () => {
  test.prop([evaluationArb], { numRuns })(
    'an evaluation compared with itself: every row the same, matched by id, every change zero',
    (evaluation) => {
      const comparison = compareEvaluations(evaluation, evaluation);
      const isZero = (change: string | null) => change === null || decimalOf(change).isZero();
      expect(comparison.indicators.every((row) => row.status === 'same')).toBe(true);
      expect(comparison.indicators.every((row) => row.matchedBy === 'id')).toBe(true);
      expect(
        comparison.indicators.every(
          (row) =>
            row.changes.length === 0 &&
            isZero(row.weightChange) &&
            isZero(row.scoreChange) &&
            isZero(row.scoreRateChange),
        ),
      ).toBe(true);
      expect(
        [comparison.totalChange, comparison.rawTotalChange, comparison.scoreRateChange].every(
          isZero,
        ),
      ).toBe(true);
      const leaves = comparison.indicators.filter((row) => row.type === 'leaf').length;
      expect(comparison.leafCounts).toEqual({
        same: leaves,
        changed: 0,
        added: 0,
        removed: 0,
        moved: 0,
      });
    },
  );

  test.prop([pairArb], { numRuns })(
    'swapping before and after negates every change and swaps added and removed',
    ([before, after]) => {
      const forward = compareEvaluations(before, after);
      const backward = compareEvaluations(after, before);
      const backwardRows = new Map(backward.indicators.map((row) => [keyOf(row, true), row]));
      expect(backward.indicators.length).toBe(forward.indicators.length);
      for (const row of forward.indicators) {
        const other = backwardRows.get(keyOf(row, false));
        expect(other).toBeDefined();
        if (other === undefined) continue;
        expect({
          status: other.status,
          matchedBy: other.matchedBy,
          changes: other.changes,
          before: other.before,
          after: other.after,
          weightChange: other.weightChange,
          scoreChange: other.scoreChange,
          scoreRateChange: other.scoreRateChange,
        }).toEqual({
          status:
            row.status === 'added' || row.status === 'removed'
              ? swappedStatus[row.status]
              : row.status,
          matchedBy: row.matchedBy,
          changes: row.changes,
          before: row.after,
          after: row.before,
          weightChange: negated(row.weightChange),
          scoreChange: negated(row.scoreChange),
          scoreRateChange: negated(row.scoreRateChange),
        });
      }
      expect([backward.totalChange, backward.rawTotalChange, backward.scoreRateChange]).toEqual(
        [forward.totalChange, forward.rawTotalChange, forward.scoreRateChange].map(negated),
      );
      expect(backward.leafCounts).toEqual({
        ...forward.leafCounts,
        added: forward.leafCounts.removed,
        removed: forward.leafCounts.added,
      });
    },
  );

  test.prop([pairArb], { numRuns })(
    'the leaves add up: matched changes + added scores − removed scores = the raw total change (= the total change when neither was rescaled)',
    ([before, after]) => {
      const comparison: EvaluationComparison = compareEvaluations(before, after);
      const sum = comparison.indicators
        .filter((row) => row.type === 'leaf')
        .reduce((total, row) => {
          if (row.status === 'added') return total.plus(decimalOf(row.after?.score));
          if (row.status === 'removed') return total.minus(decimalOf(row.before?.score));
          // A matched leaf with a score on one side only has no change: its score left out counts 0.
          const change =
            row.scoreChange === null
              ? decimalOf(row.after?.score).minus(decimalOf(row.before?.score))
              : decimalOf(row.scoreChange);
          return total.plus(change);
        }, new JixiaoDecimal(0));
      expect(sum.equals(decimalOf(comparison.rawTotalChange))).toBe(true);
      const rescaled = [before, after].some((each) => each.notApplicable.rescaleFactor !== '1');
      if (!rescaled) expect(sum.equals(decimalOf(comparison.totalChange))).toBe(true);
    },
  );

  test.prop([pairArb], { numRuns })(
    'every row of either tree appears once, and the comparison survives JSON unchanged',
    ([before, after]) => {
      const comparison = compareEvaluations(before, after);
      const count = (evaluation: Evaluation): number => {
        const visit = (node: NodeResult): number =>
          1 +
          (node.type === 'category'
            ? node.children.reduce((sum, child) => sum + visit(child), 0)
            : 0);
        return evaluation.indicators.reduce((sum, node) => sum + visit(node), 0);
      };
      const rows = comparison.indicators;
      expect(rows.filter((row) => row.before !== null).length).toBe(count(before));
      expect(rows.filter((row) => row.after !== null).length).toBe(count(after));
      expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
    },
  );

  test.prop([evaluationArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })], { numRuns })(
    'renamed ids with unique name paths are matched by name, and are otherwise the same',
    (evaluation, mask) => {
      const comparison = compareEvaluations(evaluation, withIdsRenamed(evaluation, mask));
      // Generated names are unique (指标 1, 分类 2, …), so every renamed node finds its match.
      expect(comparison.indicators.every((row) => row.status === 'same')).toBe(true);
      expect(
        comparison.indicators.every(
          (row) => row.matchedBy === (row.after?.id.startsWith('new-') === true ? 'name' : 'id'),
        ),
      ).toBe(true);
    },
  );
});
