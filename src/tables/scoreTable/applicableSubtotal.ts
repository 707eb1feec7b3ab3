// The subtotal of the applicable indicators (`合计（不含不适用指标）`), as jixiao's sheets write it
// above the 总分 of a scheme that rescales what is 不适用: its weight and score leave those
// indicators out, and the 总分 below it is its score brought to the full marks.
import type { NumberValue, ScoreTable, TotalRow } from './ScoreTable.js';

/** A label that leaves 不适用 indicators out (`不含不适用指标`), not one that says how they count. */
const leavesOut = /(?:不含|不包括|不计|扣除|剔除|除去)[^)）]{0,6}不适用/u;

/** A label of a total that says how 不适用 counts: rescaled, or at full marks (`按满分计`). */
const countsThem = /折算|换算|按满分|满分计/u;

/**
 * Whether a total row's label says the total is rescaled to the full marks
 * (`总分（扣除不适用指标后折算）`, `折算总分`).
 *
 * @param label - the total row's label cell text
 * @returns whether the label says so
 *
 * @example
 * saysRescaled('总分（扣除不适用指标后折算）'); // → true
 */
export const saysRescaled = (label: string): boolean => /折算|换算/u.test(label.normalize('NFKC'));

/** A label of a sum, not of the total (`合计`, `总计`). */
const sumLabel = /^(?:合计|总计)/u;

/**
 * Whether a total row's label leaves 不适用 indicators out (`总分（不含不适用指标）`), and does not
 * say it is rescaled or counts them at full marks.
 *
 * @param label - the label cell's text
 * @returns whether it leaves them out
 *
 * @example
 * leavesOutNotApplicable('总分（不含不适用指标）'); // → true
 */
export function leavesOutNotApplicable(label: string): boolean {
  const compact = label.normalize('NFKC').replace(/\s+/gu, '');
  return leavesOut.test(compact) && !countsThem.test(compact);
}

/**
 * Whether a total row is the subtotal of the applicable indicators: its label leaves 不适用 out
 * (`合计（不含不适用指标）`) and it is a sum (合计/总计), or another total row follows it. A
 * 总分 that leaves 不适用 out and stands alone, or says it is rescaled, is the total itself.
 *
 * @param total - the total row
 * @param totals - every total row of the table, in reading order
 * @returns whether the row is the applicable subtotal
 *
 * @example
 * isApplicableSubtotal(合计（不含不适用指标）, totals); // → true
 * isApplicableSubtotal(总分（扣除不适用指标后折算）, totals); // → false
 */
export function isApplicableSubtotal(total: TotalRow, totals: readonly TotalRow[]): boolean {
  if (!leavesOutNotApplicable(total.label.text)) return false;
  const label = total.label.text.normalize('NFKC').replace(/\s+/gu, '');
  return sumLabel.test(label) || totals.some((other) => other.row > total.row);
}

/** The applicable subtotal of a table, with its weight and score, if it states one. */
export interface ApplicableSubtotal {
  /** Its weight, when the row writes one. */
  readonly weight?: NumberValue;
  readonly score: NumberValue;
  readonly row: TotalRow;
}

/**
 * The table's subtotal of the applicable indicators, when a total row is one and states its score
 * (and its weight, if written).
 *
 * @param table - the sheet
 * @returns the subtotal, or undefined
 *
 * @example
 * applicableSubtotalOf(table)?.weight.written; // → "40"
 */
export function applicableSubtotalOf(table: ScoreTable): ApplicableSubtotal | undefined {
  for (const total of table.totals)
    if (total.score !== undefined && isApplicableSubtotal(total, table.totals))
      return {
        score: total.score,
        row: total,
        ...(total.weight === undefined ? {} : { weight: total.weight }),
      };
  return undefined;
}

/**
 * The table's total rows but the applicable subtotal: the 总分 and 合计 rows that state the total.
 *
 * @param table - the sheet
 * @returns those rows, in reading order
 *
 * @example
 * totalRowsOf(table).map((row) => row.label.text); // → ["总分"]
 */
export function totalRowsOf(table: ScoreTable): readonly TotalRow[] {
  return table.totals.filter((total) => !isApplicableSubtotal(total, table.totals));
}
