import { compareDecimals } from '../decimal/compareDecimals.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import type { Evaluation } from '../evaluation/Evaluation.js';
import { createIssue } from '../issues/createIssue.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { RuleBase } from '../rules/RuleBase.js';
import type { Scheme } from '../scheme/Scheme.js';
import type { ScoredNode } from './ScoredNode.js';
import { scoreRate } from './scoreRate.js';
import { sumOfUnits, textOfUnits, unitScoreRate, type UnitRate } from './scoreUnits.js';

const ZERO = new JixiaoDecimal(0);
const ONE = new JixiaoDecimal(1);

/** The parts of an evaluation that grading works out, in the order the evaluation lists them. */
type Graded = Pick<
  Evaluation,
  'notApplicable' | 'fullMarks' | 'rawTotal' | 'total' | 'scoreRatePercent' | 'grade'
>;

/**
 * Grades a scored tree: the raw total, the total rescaled to full marks when weight was left out
 * as 不适用, its 得分率, and the first grade band it reaches.
 *
 * @param top - the scored top-level nodes
 * @param scheme - the scheme, for its full marks, rounding, 不适用 policy and grade bands
 * @param fullMarksRate - 得分率 of a count of units out of full marks, prepared with the scheme
 * @returns the graded parts of the evaluation, or `nothing_applicable` when no weight is left
 *
 * @internal
 */
export function grade(
  top: readonly ScoredNode[],
  scheme: Scheme<RuleBase>,
  fullMarksRate?: UnitRate,
): Result<Graded> {
  const { fullMarks, rounding, grades } = scheme;
  // Counted in units when every top node is (the usual case): one decimal read, not a sum.
  const counted = sumOfUnits(top);
  const countedText = counted === undefined ? undefined : textOfUnits(counted, rounding.scale);
  const rawTotal =
    countedText === undefined
      ? top.reduce((sum, node) => sum.plus(node.score ?? ZERO), ZERO)
      : new JixiaoDecimal(countedText);
  const applicableWeight = top.reduce((sum, node) => sum.plus(node.applicableWeight), ZERO);
  const notApplicableWeight = top.reduce((sum, node) => sum.plus(node.notApplicableWeight), ZERO);
  if (applicableWeight.isZero()) {
    return failure([
      createIssue('nothing_applicable', ['inputs'], {
        zh: '所有指标均为不适用，无法评分',
        en: 'Every indicator is not applicable: nothing can be scored',
      }),
    ]);
  }
  const rescaled = compareDecimals(applicableWeight, fullMarks) !== 0;
  // The factor is reported for information only: the total divides last, rawTotal × fullMarks ÷
  // applicableWeight, so that a total on a rounding point (43.02 × 100 ÷ 48 = 89.625) stays on it.
  const rescaleFactor = rescaled ? fullMarks.dividedBy(applicableWeight) : ONE;
  const total = rescaled
    ? roundDecimal(rawTotal.times(fullMarks).dividedBy(applicableWeight), rounding)
    : rawTotal;
  const band = grades.find((each) => compareDecimals(total, each.min) >= 0) ?? grades.at(-1);
  if (band === undefined) throw new Error('unreachable: validated schemes have grade bands');
  return success({
    notApplicable: Object.freeze({
      policy: scheme.notApplicable,
      weight: formatDecimal(notApplicableWeight),
      rescaleFactor: formatDecimal(rescaleFactor),
    }),
    fullMarks: formatDecimal(fullMarks),
    rawTotal: countedText ?? formatDecimal(rawTotal, rounding.scale),
    total:
      rescaled || countedText === undefined ? formatDecimal(total, rounding.scale) : countedText,
    scoreRatePercent:
      (rescaled || counted === undefined || fullMarksRate === undefined
        ? undefined
        : unitScoreRate(counted, fullMarksRate, rounding.mode)) ??
      scoreRate(total, fullMarks, rounding.mode) ??
      '0.00',
    grade: Object.freeze({ grade: band.grade, name: Object.freeze({ ...band.name }) }),
  });
}
