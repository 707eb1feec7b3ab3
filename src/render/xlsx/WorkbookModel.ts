/**
 * How a cell looks: bold, bordered, wrapped, aligned, and the number format of a number.
 *
 * @example
 * const score: CellStyle = { border: true, horizontal: 'right', numberFormat: '0.00' };
 */
export interface CellStyle {
  readonly bold?: boolean;
  /** A thin border on all four sides, as the cells of a 自评表 have. */
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  /** A number format code such as `0.00` or `0.00"%"`; General when absent. */
  readonly numberFormat?: string;
  /** Font size in points; the sheet's default (11) when absent. */
  readonly size?: number;
}

/**
 * One cell: text, or a number written as its exact decimal string. With a `formula`, `value` is
 * the formula's cached result, which a spreadsheet shows until it recalculates.
 *
 * @example
 * const subtotal: WorkbookCell = { type: 'number', value: '49.96', formula: 'SUM(F9,F19,F28)' };
 */
export interface WorkbookCell {
  readonly type: 'text' | 'number';
  readonly value: string;
  /** A formula without its leading `=`, e.g. `SUM(E6,E9)`. */
  readonly formula?: string;
  readonly style?: CellStyle;
}

/**
 * One worksheet: its rows of cells (`undefined` for an empty cell), merges and column widths.
 *
 * @example
 * const sheet: WorkbookSheet = { name: '自评表', rows: [[{ type: 'text', value: '总分' }]], merges: [], columnWidths: [12] };
 */
export interface WorkbookSheet {
  /** The tab's name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  readonly rows: readonly (readonly (WorkbookCell | undefined)[])[];
  /** Merged ranges, e.g. `A6:A20`. */
  readonly merges: readonly string[];
  /** Each column's width in characters, from column A. */
  readonly columnWidths: readonly number[];
}

/**
 * A workbook as data, before it is written: its sheets in tab order.
 *
 * @example
 * const model: WorkbookModel = { sheets: [sheet] };
 */
export interface WorkbookModel {
  readonly sheets: readonly WorkbookSheet[];
}
