import type { GradeResult } from '../evaluation/Evaluation.js';
import type { LocalizedText } from '../issues/LocalizedText.js';

/**
 * What became of an indicator from one evaluation to the other: `same`, `changed` (its name,
 * weight, score, applicability or rule differ), `added` (only in `after`), `removed` (only in
 * `before`), or `moved` (the same indicator under another parent, whatever else changed).
 */
export type IndicatorChangeStatus = 'same' | 'changed' | 'added' | 'removed' | 'moved';

/**
 * One thing that differs between the two years of a matched indicator: its name (as written, in
 * either language), its 分值, its 得分, whether it was scored or left out as 不适用, the kind of
 * its rule, or the rule's parameters under the same kind (a target, a cap, the level words).
 */
export type IndicatorChange =
  'name' | 'weight' | 'score' | 'applicability' | 'ruleKind' | 'ruleParameters';

/** One year's side of a compared indicator, as that evaluation states it. */
export interface ComparedIndicator {
  readonly id: string;
  readonly name: LocalizedText;
  /** Ids from the top-level category down to this indicator, in this year's tree. */
  readonly path: readonly string[];
  /** The names of the categories above it, top-level first (its 一级/二级 names). */
  readonly parentNames: readonly LocalizedText[];
  /** 分值, as a decimal string. */
  readonly weight: string;
  readonly status: 'scored' | 'not_applicable';
  /** 得分 at the scheme's scale; `null` when left out as not applicable. */
  readonly score: string | null;
  /** 得分率 as a percentage at 2 dp; `null` for a zero weight or a node left out. */
  readonly scoreRatePercent: string | null;
  /** The leaf's rule kind (`ratio`, `level`, …); `null` for a category. */
  readonly ruleKind: string | null;
}

/**
 * One row of a comparison: an indicator (category or leaf) with its two sides and the changes.
 * Every change is `after − before`, an exact decimal string (`"-0.46"`, `"1"`, `"0.00"`), and is
 * `null` when either side lacks the value (an added or removed indicator, a score left out).
 */
export interface IndicatorComparison {
  readonly type: 'category' | 'leaf';
  /** 1 for a top-level row, 2 for its children…, in the merged tree the rows are listed in. */
  readonly depth: number;
  readonly status: IndicatorChangeStatus;
  /** How the two sides were found to be one indicator; `null` for added and removed rows. */
  readonly matchedBy: 'id' | 'name' | null;
  /** What differs between the sides, in a fixed order; empty for same, added and removed rows. */
  readonly changes: readonly IndicatorChange[];
  readonly before: ComparedIndicator | null;
  readonly after: ComparedIndicator | null;
  readonly weightChange: string | null;
  readonly scoreChange: string | null;
  /** The change of 得分率, in percentage points. */
  readonly scoreRateChange: string | null;
}

/** One year's evaluation as a whole: its scheme, totals and grade. */
export interface ComparedEvaluation {
  readonly scheme: {
    readonly id: string;
    readonly version: string;
    readonly title: LocalizedText;
  };
  /** 总分值. */
  readonly fullMarks: string;
  /** The sum of the top-level scores, before any rescaling for 不适用 leaves. */
  readonly rawTotal: string;
  /** 总得分. */
  readonly total: string;
  readonly scoreRatePercent: string;
  readonly grade: GradeResult;
}

/** How many leaves have each status. */
export type ComparisonCounts = Readonly<Record<IndicatorChangeStatus, number>>;

/**
 * Two evaluations of one department (or project) compared, indicator by indicator: plain,
 * frozen, JSON-serialisable data, every decimal a string.
 *
 * The changes add up: over the leaves, the score changes of matched leaves, plus the scores of
 * added leaves, minus the scores of removed ones (a score left out as 不适用 counting 0), equal
 * `rawTotalChange` exactly; `totalChange` is the same number whenever neither total was
 * rescaled for 不适用 leaves (`total` is `rawTotal` then).
 */
export interface EvaluationComparison {
  readonly before: ComparedEvaluation;
  readonly after: ComparedEvaluation;
  /** Whether both evaluations used the same scheme id and version. */
  readonly sameScheme: boolean;
  readonly fullMarksChange: string;
  readonly rawTotalChange: string;
  readonly totalChange: string;
  /** The change of the total 得分率, in percentage points. */
  readonly scoreRateChange: string;
  readonly gradeChanged: boolean;
  /** Leaves by status (categories are not counted). */
  readonly leafCounts: ComparisonCounts;
  /**
   * Every category and leaf of either year, in the tree order of `after`, each removed one
   * placed where it stood in `before`: after the nearest earlier sibling still present, under
   * its parent's counterpart.
   */
  readonly indicators: readonly IndicatorComparison[];
}
