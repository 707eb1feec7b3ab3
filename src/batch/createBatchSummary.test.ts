import { describe, expect, test } from 'vitest';
import type { BatchEntry } from './BatchEntry.js';
import { createBatchSummary } from './createBatchSummary.js';
import { failedEntry } from './failedEntry.js';

const scored = (
  index: number,
  total: string,
  grade: string,
  scores: readonly (string | null)[],
  scheme = 's@1',
): BatchEntry => ({
  index,
  name: `d${index}.json`,
  outcome: 'scored',
  scheme,
  total,
  fullMarks: '100',
  grade,
  subject: { department: `单位 ${index}` },
  categories: scores.map((score, at) => ({
    id: `c${at}`,
    name: { zh: `一级 ${at}`, en: `category ${at}` },
    weight: '50',
    score,
  })),
});

const issue = {
  code: 'unknown_preset',
  path: ['scheme'],
  message: { zh: '没有名为「x」的内置方案', en: 'No preset named "x"' },
};

describe('a batch summed up', () => {
  test('counts, grades best first, ranking with shared ranks, distributions, failures', () => {
    const builder = createBatchSummary();
    builder.add(scored(0, '91.46', '优', ['49.96', '41.50']));
    builder.add(failedEntry(1, 'bad.json', [issue]));
    builder.add(scored(2, '80.00', '良', ['40.00', '40.00']));
    builder.add(scored(3, '91.46', '优', ['45.00', null]));
    builder.add(scored(4, '60.5', '中', ['30.25', '30.25']));
    const summary = builder.summary();
    expect(summary.documents).toBe(5);
    expect(summary.outcomes).toEqual({
      scored: 4,
      consistent: 0,
      inconsistent: 0,
      unchecked: 0,
      failed: 1,
    });
    expect(summary.grades).toEqual([
      { grade: '优', count: 2 },
      { grade: '良', count: 1 },
      { grade: '中', count: 1 },
    ]);
    expect(summary.ranking.map((each) => [each.rank, each.index, each.total])).toEqual([
      [1, 0, '91.46'],
      [1, 3, '91.46'],
      [3, 2, '80.00'],
      [4, 4, '60.5'],
    ]);
    expect(summary.categories).toEqual([
      {
        scheme: 's@1',
        id: 'c0',
        name: { zh: '一级 0', en: 'category 0' },
        weight: '50',
        documents: 4,
        notApplicable: 0,
        min: '30.25',
        // (40.00 + 45.00) ÷ 2
        median: '42.50',
        max: '49.96',
        sum: '165.21',
        // 165.21 ÷ 4 = 41.3025, half-up to the scores' 2 places
        mean: '41.30',
      },
      {
        scheme: 's@1',
        id: 'c1',
        name: { zh: '一级 1', en: 'category 1' },
        weight: '50',
        documents: 3,
        notApplicable: 1,
        min: '30.25',
        median: '40.00',
        max: '41.50',
        sum: '111.75',
        mean: '37.25',
      },
    ]);
    expect(summary.failures).toEqual([{ index: 1, name: 'bad.json', issues: [issue] }]);
    expect(summary.flagged).toEqual([]);
    expect(Object.isFrozen(summary.ranking[0])).toBe(true);
  });

  test('audits: inconsistent and unchecked reports are flagged in input order', () => {
    const builder = createBatchSummary();
    builder.add({ index: 2, name: 'c.txt', outcome: 'unchecked', checks: 0, findings: 0 });
    builder.add({ index: 0, name: 'a.txt', outcome: 'consistent', checks: 12, findings: 0 });
    builder.add({ index: 1, name: 'b.txt', outcome: 'inconsistent', checks: 9, findings: 2 });
    const summary = builder.summary();
    expect(summary.outcomes.consistent).toBe(1);
    expect(summary.flagged).toEqual([
      { index: 1, name: 'b.txt', outcome: 'inconsistent', checks: 9, findings: 2 },
      { index: 2, name: 'c.txt', outcome: 'unchecked', checks: 0, findings: 0 },
    ]);
    expect(summary.ranking).toEqual([]);
  });

  test('the same category under two schemes, or two weights, is two distributions', () => {
    const builder = createBatchSummary();
    builder.add(scored(0, '90', '优', ['45'], 'a@1'));
    builder.add(scored(1, '90', '优', ['45'], 'b@1'));
    builder.add({
      ...scored(2, '90', '优', []),
      categories: [{ id: 'c0', name: { zh: 'x' }, weight: '60', score: '1' }],
    });
    expect(
      builder.summary().categories.map((each) => `${each.scheme} ${each.id} ${each.weight}`),
    ).toEqual(['a@1 c0 50', 'b@1 c0 50', 's@1 c0 60']);
  });

  test('a score written two ways is one value, shown as first written', () => {
    const builder = createBatchSummary();
    builder.add(scored(0, '90', '优', ['12.5']));
    builder.add(scored(1, '90', '优', ['12.50']));
    const [category] = builder.summary().categories;
    expect([category?.min, category?.max, category?.median, category?.sum]).toEqual([
      '12.5',
      '12.5',
      '12.50',
      '25.00',
    ]);
  });

  test('an empty batch', () => {
    expect(createBatchSummary().summary()).toEqual({
      documents: 0,
      outcomes: { scored: 0, consistent: 0, inconsistent: 0, unchecked: 0, failed: 0 },
      grades: [],
      ranking: [],
      categories: [],
      failures: [],
      flagged: [],
    });
  });

  test('anything but an entry is refused with invalid_argument', () => {
    const builder = createBatchSummary();
    for (const wrong of [undefined, null, 3, {}, { index: 0, name: 'a', outcome: 'maybe' }])
      expect(() => {
        builder.add(wrong as unknown as BatchEntry);
      }).toThrow(/invalid_argument|批量结果/u);
  });
});
