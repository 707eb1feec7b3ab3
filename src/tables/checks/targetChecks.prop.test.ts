import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { gridOf } from '../../../test/fixtures/tables/grid-build.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import { readScoreTable } from '../scoreTable/readScoreTable.js';
import { checkScoreTable } from './checkScoreTable.js';

/** A random indicator row: target, actual and weight as integers over powers of ten. */
interface RandomRow {
  readonly comparison: '≥' | '>' | '=' | '≤' | '<';
  readonly percent: boolean;
  readonly target: Dec;
  readonly actual: Dec;
  readonly weight: Dec;
  /** Decimal places the score cell prints. */
  readonly places: number;
}

const scaled = (digits: fc.Arbitrary<number>, places: fc.Arbitrary<number>) =>
  fc
    .tuple(digits, places)
    .map(([value, at]) => new JixiaoDecimal(value).dividedBy(new JixiaoDecimal(10).pow(at)));

const rowArbitrary: fc.Arbitrary<RandomRow> = fc.record({
  comparison: fc.constantFrom('≥' as const, '>' as const, '=' as const, '≤' as const, '<' as const),
  percent: fc.boolean(),
  target: scaled(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 2 })),
  actual: scaled(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 2 })),
  weight: scaled(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 1 })),
  places: fc.integer({ min: 0, max: 2 }),
});

const one = new JixiaoDecimal(1);
const zero = new JixiaoDecimal(0);

/** The national formula, computed here on its own: ratio capped, reverse linear to 0 at 2t. */
function recomputed(row: RandomRow): Dec {
  const rate = row.actual.dividedBy(row.target);
  const share =
    row.comparison === '≤' || row.comparison === '<'
      ? JixiaoDecimal.min(JixiaoDecimal.max(new JixiaoDecimal(2).minus(rate), zero), one)
      : JixiaoDecimal.min(rate, one);
  return share.times(row.weight);
}

const text = (value: Dec): string => formatDecimal(value);

/** The verdict of the row's target_score check with the score cell written as `claim`. */
function verdictOf(row: RandomRow, claim: string): string | undefined {
  const unit = row.percent ? '%' : '人';
  const grid = gridOf('pipe', [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    [
      '产出指标',
      '数量指标',
      '指标甲',
      `${row.comparison}${text(row.target)}${unit}`,
      `${text(row.actual)}${unit}`,
      text(row.weight),
      claim,
    ],
  ]);
  const report = checkScoreTable(readScoreTable(grid));
  if (!report.ok) throw new Error(report.issues[0].message.en);
  return report.value.checks.find((each) => each.code === 'target_score')?.verdict;
}

describe('a claim equal to the recomputed score, rounded, is consistent', () => {
  test.prop([rowArbitrary], { numRuns: 150 })(
    'random target, actual, weight and printed places',
    (row) => {
      const claim = roundDecimal(recomputed(row), { scale: row.places, mode: 'half-up' });
      expect(verdictOf(row, formatDecimal(claim, row.places))).toBe('consistent');
    },
  );
});

describe('one printed unit off is a warning, never inconsistent', () => {
  test.prop([rowArbitrary, fc.boolean()], { numRuns: 150 })(
    'the rounded claim moved up or down by one unit at its printed precision',
    (row, up) => {
      const exact = recomputed(row);
      const unit = new JixiaoDecimal(10).pow(-row.places);
      const rounded = roundDecimal(exact, { scale: row.places, mode: 'half-up' });
      const moved = up ? rounded.plus(unit) : rounded.minus(unit);
      // Down from a value rounded up from exactly half a unit lands half a unit away: a tie.
      const tie = moved.minus(exact).abs().equals(unit.dividedBy(2));
      expect(verdictOf(row, formatDecimal(moved, row.places))).toBe(tie ? 'consistent' : 'warning');
    },
  );
});
