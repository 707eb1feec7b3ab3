import type { BilingualMessage } from '../issues/Issue.js';

/**
 * Where a cell was read: a line of a text (1-based, with the cell's place on the line when
 * known), a spreadsheet cell (`Sheet1!C7`), a cell of a document's n-th table (all 1-based, as
 * Word counts them), or a line of a PDF page (1-based from the top, with the cell's place on it).
 */
export type CellLocation =
  | { readonly kind: 'text'; readonly line: number; readonly column?: number }
  | { readonly kind: 'sheet'; readonly sheet: string; readonly cell: string }
  | {
      readonly kind: 'table';
      readonly table: number;
      readonly row: number;
      readonly column: number;
    }
  | {
      readonly kind: 'page';
      readonly page: number;
      readonly line: number;
      readonly column?: number;
    };

/** One cell as read: its text as written (trimmed), and where it stands in the source. */
export interface GridCell {
  readonly text: string;
  readonly location: CellLocation;
}

/**
 * One row of a table, its cells left to right. A merged cell appears once, in the first row it
 * spans. A row shorter than its header comes in one of two forms, which the score table reads
 * alike (the contract is written out on `TextLayoutReader`): left short, the merged cells absent
 * on the left and a leading 序号 kept first (`|` cells, one cell per line or paragraph, run-on
 * text); or filled, every column present with merged cells as empty cells (CSV, Markdown,
 * spreadsheets). Nothing is ever padded on the left.
 */
export interface GridRow {
  readonly cells: readonly GridCell[];
  /**
   * Set by a reader that could not place the row (a borderless PDF row that fits no column of
   * its header): the score table counts it as seen and not read, with this reason.
   */
  readonly unread?: BilingualMessage;
}

/** The text layouts and file formats a table is read from (see docs/import.md). */
export type LayoutName =
  | 'pipe'
  | 'markdown'
  | 'csv'
  | 'cell-per-line'
  | 'cell-per-paragraph'
  | 'one-line'
  | 'column-order'
  | 'name-then-pair'
  | 'ocr'
  | 'docx'
  | 'xlsx'
  | 'pdf';

/**
 * Something a reader had to do to the source to read it as a table, or a guess it made: a row
 * continued on the next line, cells split out of one fused run, document properties skipped, an
 * OCR look-alike read as a digit. Every repair is reported with the claims it touches.
 */
export interface Repair {
  readonly code: string;
  readonly location: CellLocation;
  readonly message: BilingualMessage;
  /** True when the reader chose among readings (OCR splits, look-alike characters). */
  readonly guess?: boolean;
}

/** A table as a grid of cells, with how it was read. One source may hold several tables. */
export interface CellGrid {
  readonly layout: LayoutName;
  /** The table's title line (`项目支出绩效自评表（2024年度）`), when one starts it. */
  readonly title?: GridCell;
  readonly rows: readonly GridRow[];
  readonly repairs: readonly Repair[];
}
