/** How a cell looks: bold, bordered, wrapped, aligned, and the number format of a number. */
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
 */
export interface WorkbookCell {
  readonly type: 'text' | 'number';
  readonly value: string;
  /** A formula without its leading `=`, e.g. `SUM(E6,E9)`. */
  readonly formula?: string;
  readonly style?: CellStyle;
}

/** One worksheet: its rows of cells (`undefined` for an empty cell), merges and column widths. */
export interface WorkbookSheet {
  /** The tab's name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  readonly rows: readonly (readonly (WorkbookCell | undefined)[])[];
  /** Merged ranges, e.g. `A6:A20`. */
  readonly merges: readonly string[];
  /** Each column's width in characters, from column A. */
  readonly columnWidths: readonly number[];
}

/** A workbook as data, before it is written: its sheets in tab order. */
export interface WorkbookModel {
  readonly sheets: readonly WorkbookSheet[];
}
