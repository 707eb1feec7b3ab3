import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { randomGrid, randomTableArbitrary } from '../../../test/fixtures/tables/grid-random.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { checkScoreTable } from './checkScoreTable.js';

const findingsOf = (grid: ReturnType<typeof randomGrid>) => {
  const result = checkScoreTable(readScoreTable(grid));
  if (!result.ok) throw new Error(result.issues[0].message.en);
  return result.value;
};

describe('a consistent table checks consistent', () => {
  test.prop([randomTableArbitrary], { numRuns: 150 })(
    'random tree, weights and scores ≤ weights, rendered with merged cells dropped',
    (table) => {
      const report = findingsOf(randomGrid(table));
      expect(report.findings.map((each) => each.message.en)).toEqual([]);
      expect(report.outcome).toBe('consistent');
    },
  );
});

describe('one printed unit off breaks a sum', () => {
  test.prop([randomTableArbitrary], { numRuns: 150 })(
    'one leaf score moved by 0.01 makes the total sum inconsistent',
    (table) => {
      const first = table.tree[0]?.[0]?.[0];
      if (first === undefined) return;
      const moved = first.scoreCents > 0 ? -1 : 1;
      const report = findingsOf(
        randomGrid(table, (path, cents) =>
          path.every((index) => index === 0) ? cents + moved : cents,
        ),
      );
      expect(report.findings.map((each) => each.code)).toContain('total_sum');
    },
  );
});
