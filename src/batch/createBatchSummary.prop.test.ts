import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import type { BatchEntry } from './BatchEntry.js';
import { createBatchSummary } from './createBatchSummary.js';

/** A score with 0–2 decimals from 0 to 50, as text. */
const score = fc
  .tuple(
    fc.integer({ min: 0, max: 50 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([whole, cents, places]) =>
    places === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0').slice(0, places)}`,
  );

const entry = fc
  .tuple(
    fc.constantFrom('scored', 'failed', 'consistent', 'inconsistent', 'unchecked'),
    score,
    score,
    fc.option(score, { nil: null }),
    fc.constantFrom('优', '良', '中', '差'),
    fc.constantFrom('s@1', 't@1', 'u@2'),
    fc.boolean(),
  )
  .map(([outcome, a, b, c, grade, scheme, flip]) => ({ outcome, a, b, c, grade, scheme, flip }));

const entries = fc.array(entry, { maxLength: 30 }).map((list) =>
  list.map(({ outcome, a, b, c, grade, scheme, flip }, index): BatchEntry => {
    if (outcome === 'failed')
      return {
        index,
        name: `${index}`,
        outcome,
        issues: [{ code: 'x', path: [], message: { zh: 'x', en: 'x' } }],
      };
    if (outcome !== 'scored') return { index, name: `${index}`, outcome, checks: 3, findings: 1 };
    return {
      index,
      name: `${index}`,
      outcome,
      scheme,
      total: decimal(a).plus(decimal(b)).toString(),
      fullMarks: '100',
      grade,
      // Categories in either order, named differently by different documents.
      categories: (flip ? [1, 0] : [0, 1]).map((at) =>
        at === 0
          ? { id: 'a', name: { zh: `a${index % 3}` }, weight: '50', score: a }
          : { id: 'c', name: { zh: 'c' }, weight: '50', score: c },
      ),
    };
  }),
);

const summaryOf = (list: readonly BatchEntry[]) => {
  const builder = createBatchSummary();
  for (const each of list) builder.add(each);
  return builder.summary();
};

describe('batch summary laws', () => {
  test.prop(
    [
      entries.chain((list) =>
        fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
      ),
    ],
    { numRuns: 150 },
  )('the order entries are added in does not change the summary', ([list, shuffled]) => {
    expect(JSON.stringify(summaryOf(shuffled))).toBe(JSON.stringify(summaryOf(list)));
  });

  test.prop([entries], { numRuns: 150 })('outcome counts sum to the documents', (list) => {
    const summary = summaryOf(list);
    const counted = Object.values(summary.outcomes).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(list.length);
    expect(summary.failures.length).toBe(summary.outcomes.failed);
    expect(summary.grades.reduce((sum, grade) => sum + grade.count, 0)).toBe(
      summary.ranking.length,
    );
  });

  test.prop([entries], { numRuns: 150 })(
    'a rank is one more than the documents with a greater total; totals never rise down the ranking',
    (list) => {
      const { ranking } = summaryOf(list);
      ranking.forEach((ranked, position) => {
        const greater = ranking.filter((other) =>
          decimal(other.total).gt(decimal(ranked.total)),
        ).length;
        expect(ranked.rank).toBe(greater + 1);
        const next = ranking[position + 1];
        if (next !== undefined) expect(decimal(next.total).lte(decimal(ranked.total))).toBe(true);
      });
    },
  );

  test.prop([entries], { numRuns: 150 })(
    'each distribution: min ≤ median ≤ max, the sum exact, n/a counted apart',
    (list) => {
      for (const category of summaryOf(list).categories) {
        const scores = list.flatMap((each) =>
          (each.scheme === category.scheme ? (each.categories ?? []) : [])
            .filter((c) => c.id === category.id && c.score !== null)
            .map((c) => decimal(c.score ?? '0')),
        );
        expect(category.documents).toBe(scores.length);
        expect(
          decimal(category.sum).equals(scores.reduce((sum, value) => sum.plus(value), decimal(0))),
        ).toBe(true);
        if (category.min === null || category.median === null || category.max === null) {
          expect(scores.length).toBe(0);
          continue;
        }
        expect(decimal(category.min).lte(decimal(category.median))).toBe(true);
        expect(decimal(category.median).lte(decimal(category.max))).toBe(true);
      }
    },
  );
});
