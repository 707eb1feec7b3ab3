/**
 * A run of a report paragraph: its text, and whether it is stressed (bold in a Word file).
 *
 * @example
 * const run: ReportRun = { text: '91.46 分', bold: true };
 */
export interface ReportRun {
  readonly text: string;
  readonly bold?: boolean;
}

/**
 * A cell of the score table: its text, the rows and columns it spans (1 when absent).
 *
 * @example
 * const cell: ReportCell = { text: '总分', colSpan: 3 };
 */
export interface ReportCell {
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

/**
 * One block of a report's scoring section, built once for every form of the report: a section
 * heading (`（一）自评结论。`), a paragraph of runs, a table of leaves (`序号 指标名称 指标分值
 * 指标得分 实际完成值`, the text report's lines under each indicator) or the score table (一级 /
 * 二级 / 三级 names merged down their rows, 分值, 得分, 得分率, 实际完成值 and the 总分 row). A form
 * that holds grids (the Word file) writes the score table and leaves the leaf tables out, whose
 * rows the score table holds; the text writes the leaf tables and leaves the grid out, whose
 * numbers its sentences and lines state.
 *
 * @example
 * const block: ReportBlock = {
 *   kind: 'leafTable',
 *   header: ['序号', '指标名称', '指标分值', '指标得分', '实际完成值'],
 *   numeric: [true, false, true, true, false],
 *   rows: [['1', '数据质量', '2', '2', '完成。']],
 * };
 */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly ReportRun[] }
  | {
      readonly kind: 'leafTable';
      readonly header: readonly string[];
      readonly numeric: readonly boolean[];
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'scoreTable';
      readonly header: readonly string[];
      readonly numeric: readonly boolean[];
      /** Each row's cells; a cell merged down is listed in its first row only. */
      readonly rows: readonly (readonly ReportCell[])[];
    };
