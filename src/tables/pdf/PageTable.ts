import type { Repair } from '../CellGrid.js';

/** One cell of a table found on a page: its text, and the page and page line it starts on. */
export interface DraftCell {
  readonly text: string;
  readonly page: number;
  readonly line: number;
}

/**
 * A table found on one page, before tables continued over pages are joined: its box, its
 * column edges (to recognise its continuation), its rows in the filled form, and its repairs.
 */
export interface PageTable {
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
  /** The left edge of each column, left to right. */
  readonly columns: readonly number[];
  /** Every row with one cell per column (merged cells as `''` after their first position). */
  readonly rows: readonly (readonly DraftCell[])[];
  readonly repairs: readonly Repair[];
  /** The page line the table starts on. */
  readonly firstLine: number;
}
